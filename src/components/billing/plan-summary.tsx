import { Badge } from '@/components/ui/badge';

export interface PlanSummaryView {
  planName: string;
  planSummary: string;
  status: string | null;
  seats: number | null;
  seatsUsed: number;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
}

const statusLabels: Record<string, { label: string; variant: 'success' | 'warning' | 'destructive' | 'secondary' }> = {
  active: { label: 'Active', variant: 'success' },
  trialing: { label: 'Trial', variant: 'success' },
  past_due: { label: 'Payment overdue', variant: 'warning' },
  unpaid: { label: 'Unpaid', variant: 'destructive' },
  canceled: { label: 'Cancelled', variant: 'secondary' },
  incomplete: { label: 'Awaiting first payment', variant: 'warning' },
};

const day = (iso: string) => new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** The clinic's plan at a glance (the past-due banner is the admin shell's, on every admin page). */
export function PlanSummary({ view }: { view: PlanSummaryView }) {
  const status = view.status ? (statusLabels[view.status] ?? { label: view.status, variant: 'secondary' as const }) : null;
  return (
    <div className="grid gap-4">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">Plan</dt>
          <dd className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {view.planName}
            {status && <Badge variant={status.variant}>{status.label}</Badge>}
          </dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">Clinician seats used</dt>
          <dd className="text-lg font-semibold">{view.seats === null ? `${view.seatsUsed} (no limit)` : `${view.seatsUsed} of ${view.seats}`}</dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">{view.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}</dt>
          <dd className="text-lg font-semibold">{view.currentPeriodEnd ? day(view.currentPeriodEnd) : '—'}</dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">Includes</dt>
          <dd className="text-sm">{view.planSummary}</dd>
        </div>
      </dl>
    </div>
  );
}
