import { Badge } from '@/components/ui/badge';
import type { BillingFormAction } from './billing-form-state';
import { RedirectButtonForm } from './redirect-button-form';

export interface PaymentRowView {
  id: string;
  status: 'pending_payment' | 'paid' | 'expired' | 'refunded' | 'cancelled';
  amount: string;
  visitTypeName: string;
  timeZone: string;
  startsAt: string;
  holdExpiresAt: string;
  paidAt: string | null;
  refundedAt: string | null;
}

const labels: Record<PaymentRowView['status'], { label: string; variant: 'success' | 'warning' | 'secondary' | 'outline' }> = {
  pending_payment: { label: 'Due now', variant: 'warning' },
  paid: { label: 'Paid', variant: 'success' },
  refunded: { label: 'Refunded', variant: 'outline' },
  expired: { label: 'Not paid in time', variant: 'secondary' },
  cancelled: { label: 'Cancelled', variant: 'secondary' },
};

const when = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' });

/** The patient's visit payments, newest first: pay what is due, read receipts for what was paid. */
export function PaymentsList({ payments, pay }: { payments: PaymentRowView[]; pay: BillingFormAction }) {
  return (
    <ul className="grid gap-4" aria-label="Visit payments">
      {payments.map((p) => (
        <li key={p.id} className="grid gap-3 rounded-lg border p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-medium">
              {p.visitTypeName} · {when(p.startsAt, p.timeZone)}
            </p>
            <Badge variant={labels[p.status].variant}>{labels[p.status].label}</Badge>
          </div>
          <p className="text-lg font-semibold">{p.amount}</p>
          {p.status === 'pending_payment' && (
            <>
              <p className="text-sm text-muted-foreground">Your visit is held until {when(p.holdExpiresAt, p.timeZone)}. Pay before then to confirm it.</p>
              <RedirectButtonForm action={pay} hidden={{ paymentId: p.id }} label={`Pay ${p.amount}`} pendingLabel="Opening secure checkout…" failure="The payment could not start" />
            </>
          )}
          {(p.status === 'paid' || p.status === 'refunded') && p.paidAt && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-primary underline">Receipt</summary>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="text-muted-foreground">Receipt number</dt>
                <dd className="font-mono break-all">{p.id}</dd>
                <dt className="text-muted-foreground">Paid on</dt>
                <dd>{when(p.paidAt, p.timeZone)}</dd>
                <dt className="text-muted-foreground">Amount</dt>
                <dd>{p.amount}</dd>
                {p.refundedAt && (
                  <>
                    <dt className="text-muted-foreground">Refunded on</dt>
                    <dd>{when(p.refundedAt, p.timeZone)}</dd>
                  </>
                )}
              </dl>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
