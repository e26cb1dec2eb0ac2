import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';

export const metadata: Metadata = { title: 'Patient dashboard' };

export default async function PatientDashboardPage() {
  const principal = await requireRolePage('patient', '/patient');
  return <DashboardPlaceholder content={dashboards.patient} account={accountSummaryOf(principal)} />;
}
