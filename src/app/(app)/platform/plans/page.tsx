import type { Metadata } from 'next';
import { PlatformPlans } from '@/components/dashboard/platform-plans';
import { PageHeader } from '@/components/layout/page-header';
import { requireRolePage } from '@/server/access/page-guards';
import { listPlatformPlans } from '@/server/platform/list-platform-plans';

export const metadata: Metadata = { title: 'Plans' };

export default async function PlatformPlansPage() {
  const principal = await requireRolePage('platform_admin', '/platform/plans');
  const { billingEnabled, plans } = await listPlatformPlans(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Plans"
        description={
          billingEnabled
            ? 'The plans clinics can choose, their limits and prices (Pro’s prices are read from Stripe by lookup key), and how many clinics are on each.'
            : 'Billing is off on this installation (no Stripe keys), so every clinic runs on the local plan. Starter and Pro apply once Stripe is configured.'
        }
      />
      <PlatformPlans plans={plans} />
    </div>
  );
}
