import { Badge } from '@/components/ui/badge';
import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, formatVisitTime, WidgetLink } from './widget-parts';

interface PatientData {
  nextVisit: { id: string; start: string; clinicianName: string; visitTypeName: string; mode: 'in_person' | 'video'; intakeStatus: 'draft' | 'submitted' | null } | null;
  summaries: { appointmentId: string; startsAt: string; clinicianName: string | null; reason: string | null }[];
  paymentsDue: { id: string; amount: string; dueBy: string; visitStart: string; visitTypeName: string }[] | null;
  unreadMessages: number;
  openConversations: number;
  medications: { id: string; name: string; detail: string }[];
  allergies: { id: string; substance: string; severity: string }[];
}

const intakeStates = {
  submitted: { badge: 'Intake sent', variant: 'success', text: 'Your clinician has your answers. Thank you.', link: 'Review your intake' },
  draft: { badge: 'Intake started', variant: 'warning', text: 'You started the pre-visit questions: finish and send them before your visit.', link: 'Complete your intake' },
  none: { badge: 'Intake to do', variant: 'warning', text: 'Answer the pre-visit questions so your clinician has them ready.', link: 'Complete your intake' },
} as const;

function NextVisit({ visit, timeZone }: { visit: NonNullable<PatientData['nextVisit']>; timeZone: string }) {
  const intake = intakeStates[visit.intakeStatus ?? 'none'];
  return (
    <>
      <p className="text-base font-medium">{formatVisitTime(visit.start, timeZone)}</p>
      <p className="text-sm text-muted-foreground">
        {visit.visitTypeName} with {visit.clinicianName}
        {visit.mode === 'video' ? ' · video visit' : ''}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm" data-intake-status={visit.intakeStatus ?? 'not_started'}>
        <Badge variant={intake.variant}>{intake.badge}</Badge>
        <span>{intake.text}</span>
      </div>
      <div className="flex flex-wrap gap-4">
        <WidgetLink href={`/patient/intake/${visit.id}`}>{intake.link}</WidgetLink>
        <WidgetLink href="/patient/appointments">Manage appointments</WidgetLink>
      </div>
    </>
  );
}

function PaymentsDue({ due, timeZone }: { due: PatientData['paymentsDue']; timeZone: string }) {
  if (due === null) return <Empty>Your clinic does not take payments online: nothing is due here.</Empty>;
  if (due.length === 0) {
    return (
      <>
        <Empty>Nothing to pay.</Empty>
        <WidgetLink href="/patient/payments">Payments and receipts</WidgetLink>
      </>
    );
  }
  return (
    <>
      <ul className="flex flex-col gap-3 text-sm" aria-label="Visits waiting for payment">
        {due.map((p) => (
          <li key={p.id} className="flex flex-col gap-1 rounded-md border p-3" data-payment-due={p.id}>
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="text-base font-semibold">{p.amount}</span>
              <Badge variant="warning">Due by {formatVisitTime(p.dueBy, timeZone)}</Badge>
            </p>
            <p className="text-muted-foreground">{p.visitTypeName}, {formatVisitTime(p.visitStart, timeZone)}. The visit is held for you until then.</p>
          </li>
        ))}
      </ul>
      <WidgetLink href="/patient/payments">Pay now</WidgetLink>
    </>
  );
}

/** The patient dashboard's widgets. */
export function patientWidgets(data: PatientData, timeZone: string): WidgetSlot[] {
  return [
    {
      id: 'next-visit',
      label: 'Next visit',
      content: data.nextVisit ? (
        <NextVisit visit={data.nextVisit} timeZone={timeZone} />
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
      label: 'Latest visit summaries',
      content:
        data.summaries.length === 0 ? (
          <>
            <Empty>No visit summaries yet. A summary appears here once your clinician signs the visit note.</Empty>
            <WidgetLink href="/patient/visits">Visit summaries</WidgetLink>
          </>
        ) : (
          <>
            <ul className="flex flex-col gap-2 text-sm">
              {data.summaries.map((visit) => (
                <li key={visit.appointmentId}>
                  <span className="font-medium">{formatVisitTime(visit.startsAt, timeZone)}</span>
                  {visit.clinicianName ? ` with ${visit.clinicianName}` : ''}
                  {visit.reason && <span className="block text-muted-foreground">{visit.reason}</span>}
                </li>
              ))}
            </ul>
            <WidgetLink href="/patient/visits">All visit summaries</WidgetLink>
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
    { id: 'payments', label: 'Payments due', content: <PaymentsDue due={data.paymentsDue} timeZone={timeZone} /> },
  ];
}
