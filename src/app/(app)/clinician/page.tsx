import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';

export const metadata: Metadata = { title: 'Clinician dashboard' };

export default async function ClinicianDashboardPage() {
  const principal = await requireRolePage('clinician', '/clinician');
  return <DashboardPlaceholder content={dashboards.clinician} account={accountSummaryOf(principal)} />;
}
