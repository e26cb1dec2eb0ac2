import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';

export const metadata: Metadata = { title: 'Clinician dashboard' };

export default function ClinicianDashboardPage() {
  return <DashboardPlaceholder content={dashboards.clinician} />;
}
