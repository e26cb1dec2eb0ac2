import type { Metadata } from 'next';
import { BillingOffNotice } from '@/components/billing/billing-off-notice';
import { PaymentSettingsForm } from '@/components/billing/payment-settings-form';
import { PlanSummary } from '@/components/billing/plan-summary';
import { RedirectButtonForm } from '@/components/billing/redirect-button-form';
import { UpgradeForm } from '@/components/billing/upgrade-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { localPlan, plans } from '@/config/plans';
import { requireRolePage } from '@/server/access/page-guards';
import { openPortalAction, setPaymentSettingsAction, startCheckoutAction, startConnectAction } from '@/server/billing/billing.actions';
import { getBillingOverview } from '@/server/billing/get-billing-summary';

export const metadata: Metadata = { title: 'Subscription & payments' };

export default async function AdminBillingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requireRolePage('clinic_admin', '/admin/billing');
  const { summary, effective, hasCustomer, connect } = await getBillingOverview(principal, principal.active!.clinicId!);
  const query = await searchParams;
  const plan = effective.planId === 'local' ? localPlan : plans[effective.planId];
  const subscribed = summary.plan === 'pro' || ['active', 'trialing', 'past_due', 'unpaid'].includes(summary.status ?? '');

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Subscription & payments" description="Your clinic's plan and seats, and how patients pay for visits. Payments are handled by Stripe on its own pages." />
      {!summary.enabled && <BillingOffNotice audience="admin" />}
      {query.checkout === 'success' && (
        <p role="status" className="rounded-md bg-accent px-4 py-3 text-sm text-accent-foreground">
          Thank you. Stripe confirms the subscription in a moment; this page shows it as soon as it arrives.
        </p>
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Plan</CardTitle>
        </CardHeader>
        <CardContent>
          <PlanSummary
            view={{
              planName: plan.name,
              planSummary: 'summary' in plan ? plan.summary : 'Every feature, no limits: billing is off.',
              status: summary.status,
              seats: summary.seats,
              seatsUsed: summary.seatsUsed,
              currentPeriodEnd: summary.currentPeriodEnd,
              cancelAtPeriodEnd: summary.cancelAtPeriodEnd,
            }}
          />
        </CardContent>
      </Card>
      {summary.enabled && !subscribed && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Upgrade to Pro</CardTitle>
            <CardDescription>{plans.pro.summary}</CardDescription>
          </CardHeader>
          <CardContent>
            <UpgradeForm action={startCheckoutAction} suggestedSeats={Math.max(summary.seatsUsed, 1)} />
          </CardContent>
        </Card>
      )}
      {summary.enabled && hasCustomer && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Manage the subscription</CardTitle>
            <CardDescription>Change seats, plan or payment method, cancel, and download invoices in Stripe&apos;s customer portal.</CardDescription>
          </CardHeader>
          <CardContent>
            <RedirectButtonForm action={openPortalAction} label="Open the customer portal" pendingLabel="Opening the portal…" failure="The portal could not open" variant="outline" />
          </CardContent>
        </Card>
      )}
      {summary.enabled && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Visit payments</CardTitle>
            <CardDescription>
              {connect.chargesEnabled
                ? 'Your Stripe account is connected: visit payments go to it, less the platform fee.'
                : connect.connected
                  ? 'Stripe is still checking your account. Finish onboarding if Stripe asked for more details.'
                  : 'Connect your clinic\'s Stripe account to take visit payments online. Until then patients pay at the desk.'}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            {!connect.chargesEnabled && (
              <RedirectButtonForm action={startConnectAction} label={connect.connected ? 'Continue Stripe onboarding' : 'Connect Stripe'} pendingLabel="Opening Stripe…" failure="Stripe onboarding could not start" />
            )}
            <PaymentSettingsForm action={setPaymentSettingsAction} requirePaymentAtBooking={connect.requirePaymentAtBooking} canRequire={connect.chargesEnabled} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
