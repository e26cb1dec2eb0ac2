import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';

export const metadata: Metadata = { title: 'Patient dashboard' };

export default function PatientDashboardPage() {
  return <DashboardPlaceholder content={dashboards.patient} />;
}
