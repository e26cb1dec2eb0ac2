import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, formatVisitTime, WidgetLink } from './widget-parts';

interface PatientData {
  nextVisit: { start: string; clinicianName: string; visitTypeName: string; mode: 'in_person' | 'video' } | null;
  latestVisits: { id: string; start: string; clinicianName: string; visitTypeName: string }[];
  unreadMessages: number;
  openConversations: number;
  medications: { id: string; name: string; detail: string }[];
  allergies: { id: string; substance: string; severity: string }[];
}

/** The patient dashboard's widgets. Payments are not shown: billing is not part of this build. */
export function patientWidgets(data: PatientData, timeZone: string): WidgetSlot[] {
  return [
    {
      id: 'next-visit',
      label: 'Next visit',
      content: data.nextVisit ? (
        <>
          <p className="text-base font-medium">{formatVisitTime(data.nextVisit.start, timeZone)}</p>
          <p className="text-sm text-muted-foreground">
            {data.nextVisit.visitTypeName} with {data.nextVisit.clinicianName}
            {data.nextVisit.mode === 'video' ? ' · video visit' : ''}
          </p>
          <p className="text-sm">Answer the pre-visit questions so your clinician has them ready.</p>
          <div className="flex flex-wrap gap-4">
            <WidgetLink href="/patient/intake">Complete your intake</WidgetLink>
            <WidgetLink href="/patient/appointments">Manage appointments</WidgetLink>
          </div>
        </>
      ) : (
        <>
          <Empty>No upcoming visit.</Empty>
          <WidgetLink href="/patient/appointments">Book a visit</WidgetLink>
        </>
      ),
    },
    {
      id: 'messages',
      label: 'Messages',
      content: (
        <>
          <div className="grid grid-cols-2 gap-3">
            <Figure label="Unread" value={data.unreadMessages} />
            <Figure label="Open conversations" value={data.openConversations} />
          </div>
          <WidgetLink href="/patient/messages">Open messages</WidgetLink>
        </>
      ),
    },
    {
      id: 'visits',
      label: 'Latest visits',
      content:
        data.latestVisits.length === 0 ? (
          <Empty>No completed visits yet.</Empty>
        ) : (
          <>
            <ul className="flex flex-col gap-2 text-sm">
              {data.latestVisits.map((visit) => (
                <li key={visit.id}>
                  <span className="font-medium">{formatVisitTime(visit.start, timeZone)}</span> — {visit.visitTypeName} with {visit.clinicianName}
                </li>
              ))}
            </ul>
            <WidgetLink href="/patient/visits">Visit summaries</WidgetLink>
          </>
        ),
    },
    {
      id: 'medications',
      label: 'Medications and allergies',
      content: (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold">Current medications</h3>
            {data.medications.length === 0 ? <Empty>None recorded.</Empty> : (
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {data.medications.map((m) => (
                  <li key={m.id}><span className="font-medium">{m.name}</span> <span className="text-muted-foreground">{m.detail}</span></li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="text-sm font-semibold">Allergies</h3>
            {data.allergies.length === 0 ? <Empty>None recorded.</Empty> : (
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {data.allergies.map((a) => (
                  <li key={a.id}><span className="font-medium">{a.substance}</span> <span className="text-muted-foreground">({a.severity})</span></li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ),
    },
  ];
}
