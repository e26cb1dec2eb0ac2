import type { Metadata } from 'next';
import { BillingOffNotice } from '@/components/billing/billing-off-notice';
import { PaymentsList } from '@/components/billing/payments-list';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { payVisitAction } from '@/server/billing/billing.actions';
import { listMyPayments } from '@/server/billing/list-my-payments';
import { billingEnabled } from '@/server/billing/stripe-client';

export const metadata: Metadata = { title: 'Payments' };

export default async function PatientPaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRolePage('patient', '/patient/payments');
  const payments = await listMyPayments(principal);
  const { paid } = await searchParams;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Payments" description="Visits you have paid online and visits waiting for payment, with receipts. Payments are taken securely by Stripe." />
      {typeof paid === 'string' && (
        <p role="status" className="rounded-md bg-accent px-4 py-3 text-sm text-accent-foreground">
          Thank you. Your payment is being confirmed; a receipt is on its way by email.
        </p>
      )}
      {!billingEnabled() && <BillingOffNotice audience="patient" />}
      <Card>
        <CardContent>
          {payments.length === 0 ? (
            <p className="text-muted-foreground">No online payments yet. Visits you pay at the desk do not appear here.</p>
          ) : (
            <PaymentsList payments={payments} pay={payVisitAction} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
