import Link from 'next/link';
import { TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Shown to clinic admins on every admin page while the subscription is past due. */
export function PastDueBanner({ notice }: { notice: { graceEndsAt: string; onStarterLimits: boolean } }) {
  return (
    <Alert variant="warning" className="mb-6">
      <TriangleAlert aria-hidden="true" />
      <AlertTitle>{notice.onStarterLimits ? 'Your subscription is overdue: Starter limits apply' : 'Your subscription payment is overdue'}</AlertTitle>
      <AlertDescription>
        <p>
          {notice.onStarterLimits
            ? 'The 14-day grace period has ended. All your data is kept and clinical work continues, but new bookings and clinicians are limited to the Starter plan until the payment goes through.'
            : `Clinical work continues as normal until ${day(notice.graceEndsAt)}. Update the payment method before then to keep Pro.`}{' '}
          <Link href="/admin/billing" className="font-medium underline">
            Review the subscription
          </Link>
        </p>
      </AlertDescription>
    </Alert>
  );
}
