import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';

export const metadata: Metadata = { title: 'Platform admin dashboard' };

export default function PlatformAdminDashboardPage() {
  return <DashboardPlaceholder content={dashboards.platform_admin} />;
}
