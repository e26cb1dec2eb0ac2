import { Badge } from '@/components/ui/badge';
import { AppointmentsChart, NewPatientsChart, RevenueChart, UtilisationChart } from './admin-charts';
import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, WidgetLink } from './widget-parts';

const roleNames: Record<string, string> = { clinician: 'Clinicians', clinic_admin: 'Clinic admins' };

interface ClinicStats {
  totals: { appointments: number; cancelled: number; noShows: number; attended: number; newPatients: number; cancellationRate: number; noShowRate: number };
  perDay: { day: string; total: number; cancelled: number; noShow: number; attended: number; newPatients: number }[];
  utilisation: { clinicianId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number }[];
  staff: { role: string; active: number; deactivated: number }[];
  revenue: { currency: string | null; perDay: { day: string; amount: number; collected: string }[]; totals: { currency: string; payments: number; collected: string; refunded: string; fees: string; net: string }[] } | null;
  subscription: { billingEnabled: boolean; plan: 'local' | 'starter' | 'pro'; status: string | null; pastDue: boolean; graceEndsAt: string | null; seats: number | null; seatsUsed: number; currentPeriodEnd: string | null; cancelAtPeriodEnd: boolean } | null;
}

const planNames = { local: 'Local (billing off)', starter: 'Starter', pro: 'Pro' } as const;
const date = (iso: string) => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

function Revenue({ revenue }: { revenue: ClinicStats['revenue'] }) {
  if (!revenue) return <Empty>Billing is switched off on this platform, so no visit payments are taken online.</Empty>;
  if (!revenue.currency) {
    return (
      <>
        <Empty>No visit payments in this range.</Empty>
        <WidgetLink href="/admin/billing">Payment settings</WidgetLink>
      </>
    );
  }
  return (
    <>
      {revenue.totals.map((t) => (
        <div key={t.currency} className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-revenue-currency={t.currency}>
          <Figure label="Collected" value={t.collected} hint={`${t.payments} ${t.payments === 1 ? 'payment' : 'payments'}`} />
          <Figure label="Refunded" value={t.refunded} />
          <Figure label="Platform fees" value={t.fees} />
          <Figure label="Net" value={t.net} />
        </div>
      ))}
      <RevenueChart perDay={revenue.perDay} currency={revenue.currency} />
    </>
  );
}

function Subscription({ sub }: { sub: NonNullable<ClinicStats['subscription']> }) {
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Plan</dt>
        <dd className="flex flex-wrap items-center gap-2 font-medium">
          {planNames[sub.plan]}
          {sub.status && <Badge variant={sub.pastDue ? 'destructive' : sub.status === 'active' || sub.status === 'trialing' ? 'success' : 'secondary'}>{sub.status.replace('_', ' ')}</Badge>}
        </dd>
        <dt className="text-muted-foreground">Clinician seats</dt>
        <dd>{sub.seats === null ? `${sub.seatsUsed} (no limit)` : `${sub.seatsUsed} of ${sub.seats}`}</dd>
        {sub.currentPeriodEnd && (
          <>
            <dt className="text-muted-foreground">{sub.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}</dt>
            <dd>{date(sub.currentPeriodEnd)}</dd>
          </>
        )}
      </dl>
      {sub.pastDue && (
        <p role="alert" className="rounded-md border border-destructive bg-destructive/5 p-3 text-sm">
          Payment is past due.{sub.graceEndsAt ? ` The plan’s limits stay until ${date(sub.graceEndsAt)}; after that, Starter limits apply.` : ''}
        </p>
      )}
      {!sub.billingEnabled && <Empty>Billing is switched off on this platform: every feature is available without a subscription.</Empty>}
      <WidgetLink href="/admin/billing">Subscription & payments</WidgetLink>
    </>
  );
}

/** The clinic admin's widgets over the chosen range; revenue reads aggregate sums of the billing tables. */
export function adminWidgets(stats: ClinicStats): WidgetSlot[] {
  const t = stats.totals;
  return [
    {
      id: 'kpis',
      label: 'Key figures',
      content: (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Figure label="Appointments" value={t.appointments} />
          <Figure label="Attended" value={t.attended} />
          <Figure label="Cancellation rate" value={`${t.cancellationRate}%`} hint={`${t.cancelled} cancelled`} />
          <Figure label="No-show rate" value={`${t.noShowRate}%`} hint={`${t.noShows} of visits due`} />
          <Figure label="New patients" value={t.newPatients} />
        </div>
      ),
    },
    { id: 'appointments-chart', label: 'Appointments per day', content: <AppointmentsChart perDay={stats.perDay} /> },
    { id: 'utilisation', label: 'Clinician utilisation', content: stats.utilisation.length === 0 ? <Empty>No working hours set yet.</Empty> : <UtilisationChart rows={stats.utilisation} /> },
    { id: 'new-patients', label: 'New patients', content: <NewPatientsChart perDay={stats.perDay} /> },
    {
      id: 'staff',
      label: 'Staff',
      content: (
        <>
          <ul className="flex flex-col gap-1 text-sm">
            {stats.staff.map((row) => (
              <li key={row.role}>
                <span className="font-medium">{roleNames[row.role] ?? row.role}:</span> {row.active} active{row.deactivated > 0 ? `, ${row.deactivated} deactivated` : ''}
              </li>
            ))}
          </ul>
          <WidgetLink href="/admin/staff">Manage staff</WidgetLink>
        </>
      ),
    },
    { id: 'revenue', label: 'Revenue', content: <Revenue revenue={stats.revenue} /> },
    { id: 'subscription', label: 'Subscription', content: stats.subscription ? <Subscription sub={stats.subscription} /> : <Empty>Only a clinic admin sees the subscription.</Empty> },
  ];
}
