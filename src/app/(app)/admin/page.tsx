import type { Metadata } from 'next';
import { DashboardPlaceholder } from '@/components/dashboard/dashboard-placeholder';
import { dashboards } from '@/content/dashboards';

export const metadata: Metadata = { title: 'Clinic admin dashboard' };

export default function ClinicAdminDashboardPage() {
  return <DashboardPlaceholder content={dashboards.clinic_admin} />;
}
