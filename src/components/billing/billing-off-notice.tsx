import { Info } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** Shown instead of billing controls when the platform runs without Stripe. */
export function BillingOffNotice({ audience }: { audience: 'admin' | 'patient' }) {
  return (
    <Alert variant="info">
      <Info aria-hidden="true" />
      <AlertTitle>Online payments are switched off on this platform</AlertTitle>
      <AlertDescription>
        {audience === 'admin' ? (
          <>
            Every clinic runs on the unlimited local plan. To sell subscriptions and take visit payments, the platform operator sets{' '}
            <code>STRIPE_SECRET_KEY</code> and <code>STRIPE_WEBHOOK_SECRET</code> and restarts ClinixAI (see the README&apos;s Stripe set-up).
          </>
        ) : (
          <>Your clinic takes payment at the desk. Nothing is due online.</>
        )}
      </AlertDescription>
    </Alert>
  );
}
