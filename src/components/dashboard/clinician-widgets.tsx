import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, WidgetLink } from './widget-parts';

interface ClinicianData {
  redFlags: { appointmentId: string; start: string; patientName: string; urgency: 'emergency' | 'urgent'; flags: string[]; unacknowledged: number }[];
  unsignedNotes: { count: number; oldest: { appointmentId: string; start: string; patientName: string }[] };
  week: { day: string; visits: number; cancelled: number }[];
  inbox: { unread: number; open: number; mine: number; latest: { id: string; subject: string; patientName: string | null; unread: boolean }[] };
}

const weekday = (iso: string) => new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

const visitTime = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));

function RedFlags({ rows, timeZone }: { rows: ClinicianData['redFlags']; timeZone: string }) {
  if (rows.length === 0) return <Empty>No red flags in the intakes of your visits from today on.</Empty>;
  return (
    <ul className="flex flex-col gap-2 text-sm" aria-label="Visits with red flags, most urgent first">
      {rows.map((row) => (
        <li key={row.appointmentId} data-red-flag={row.urgency} className={`flex flex-col gap-1 rounded-md border-l-4 p-3 ${row.urgency === 'emergency' ? 'border-l-destructive bg-destructive/5' : 'border-l-amber-600 bg-warning/40'}`}>
          <p className="flex flex-wrap items-center gap-2">
            <Badge variant={row.urgency === 'emergency' ? 'destructive' : 'warning'}>
              <TriangleAlert aria-hidden="true" className="size-3" />
              {row.urgency === 'emergency' ? 'Emergency' : 'Urgent'}
            </Badge>
            <a className="font-medium underline-offset-2 hover:underline" href={`/clinician/visits/${row.appointmentId}`}>{row.patientName}</a>
            <span className="text-muted-foreground">{visitTime(row.start, timeZone)}</span>
          </p>
          <p>{row.flags.join('; ')}{row.unacknowledged > 0 ? ` · ${row.unacknowledged} not yet acknowledged` : ''}</p>
        </li>
      ))}
    </ul>
  );
}

function UnsignedNotes({ notes, timeZone }: { notes: ClinicianData['unsignedNotes']; timeZone: string }) {
  if (notes.count === 0) return <Empty>No notes waiting for your signature.</Empty>;
  return (
    <>
      <Figure label="Drafts waiting for your signature" value={notes.count} />
      <h3 className="text-sm font-semibold">Oldest first</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {notes.oldest.map((note) => (
          <li key={note.appointmentId}>
            <a className="font-medium underline-offset-2 hover:underline" href={`/clinician/visits/${note.appointmentId}`}>{note.patientName}</a>
            <span className="text-muted-foreground"> · visit {visitTime(note.start, timeZone)}</span>
          </li>
        ))}
      </ul>
      <WidgetLink href="/clinician/notes">All notes to sign</WidgetLink>
    </>
  );
}

/** The clinician's widgets; today's schedule is the scheduling module's list, handed in as it renders. */
export function clinicianWidgets(data: ClinicianData, today: ReactNode, timeZone: string): WidgetSlot[] {
  return [
    { id: 'red-flags', label: 'Patients with red flags', content: <RedFlags rows={data.redFlags} timeZone={timeZone} /> },
    { id: 'today', label: 'Today’s schedule', content: today },
    { id: 'unsigned-notes', label: 'Notes to sign', content: <UnsignedNotes notes={data.unsignedNotes} timeZone={timeZone} /> },
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
