import { TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';

export interface PlanSummaryView {
  planName: string;
  planSummary: string;
  status: string | null;
  seats: number | null;
  seatsUsed: number;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
  pastDue: boolean;
  graceEndsAt: string | null;
  onStarterLimits: boolean;
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

/** The clinic's plan at a glance, with the past-due banner admins must see. */
export function PlanSummary({ view }: { view: PlanSummaryView }) {
  const status = view.status ? (statusLabels[view.status] ?? { label: view.status, variant: 'secondary' as const }) : null;
  return (
    <div className="grid gap-4">
      {view.pastDue && view.graceEndsAt && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>{view.onStarterLimits ? 'Your subscription is overdue: starter limits apply' : 'Your subscription payment is overdue'}</AlertTitle>
          <AlertDescription>
            {view.onStarterLimits
              ? 'The 14-day grace period has ended. All your data is kept and clinical work continues, but new bookings and clinicians are limited to the Starter plan until the payment goes through. Update the payment method in the customer portal.'
              : `Clinical work continues as normal until ${day(view.graceEndsAt)}. Update the payment method in the customer portal before then to keep Pro.`}
          </AlertDescription>
        </Alert>
      )}
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
