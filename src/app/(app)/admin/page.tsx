import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';

export const metadata: Metadata = { title: 'Clinic admin dashboard' };

export default async function ClinicAdminDashboardPage() {
  const principal = await requireRolePage('clinic_admin', '/admin');
  return <DashboardPlaceholder content={dashboards.clinic_admin} account={accountSummaryOf(principal)} />;
}
