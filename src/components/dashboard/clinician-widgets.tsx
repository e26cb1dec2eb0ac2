import type { ReactNode } from 'react';
import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, WidgetLink } from './widget-parts';

interface ClinicianData {
  week: { day: string; visits: number; cancelled: number }[];
  inbox: { unread: number; open: number; mine: number; latest: { id: string; subject: string; patientName: string | null; unread: boolean }[] };
}

const weekday = (iso: string) => new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

/** The clinician's widgets; today's schedule is the scheduling module's list, handed in as it renders. */
export function clinicianWidgets(data: ClinicianData, today: ReactNode): WidgetSlot[] {
  return [
    { id: 'today', label: 'Today’s schedule', content: today },
    {
      id: 'inbox',
      label: 'Inbox',
      content: (
        <>
          <div className="grid grid-cols-3 gap-3">
            <Figure label="Unread" value={data.inbox.unread} />
            <Figure label="Open" value={data.inbox.open} />
            <Figure label="Assigned to you" value={data.inbox.mine} />
          </div>
          {data.inbox.latest.length === 0 ? <Empty>No open conversations.</Empty> : (
            <ul className="flex flex-col gap-1 text-sm">
              {data.inbox.latest.map((thread) => (
                <li key={thread.id}>
                  <a className="underline-offset-2 hover:underline" href={`/clinician/messages?thread=${thread.id}`}>
                    <span className={thread.unread ? 'font-semibold' : ''}>{thread.subject}</span>
                  </a>
                  {thread.patientName && <span className="text-muted-foreground"> · {thread.patientName}</span>}
                </li>
              ))}
            </ul>
          )}
          <WidgetLink href="/clinician/messages">Open the inbox</WidgetLink>
        </>
      ),
    },
    {
      id: 'week',
      label: 'This week',
      content: (
        <>
          <table className="w-full text-sm">
            <caption className="sr-only">Visits per day for the next seven days</caption>
            <thead>
              <tr className="text-left"><th scope="col" className="py-1 font-medium">Day</th><th scope="col" className="py-1 font-medium">Visits</th><th scope="col" className="py-1 font-medium">Cancelled</th></tr>
            </thead>
            <tbody>
              {data.week.map((row) => (
                <tr key={row.day} className="border-t">
                  <th scope="row" className="py-1 text-left font-normal">{weekday(row.day)}</th>
                  <td className="py-1">{row.visits}</td>
                  <td className="py-1">{row.cancelled}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <WidgetLink href="/clinician/schedule">Full schedule</WidgetLink>
        </>
      ),
    },
  ];
}
