import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';

export const metadata: Metadata = { title: 'Platform admin dashboard' };

export default async function PlatformAdminDashboardPage() {
  const principal = await requireRolePage('platform_admin', '/platform');
  return <DashboardPlaceholder content={dashboards.platform_admin} account={accountSummaryOf(principal)} />;
}
