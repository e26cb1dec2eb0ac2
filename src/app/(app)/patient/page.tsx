import type { Metadata } from 'next';
import { DashboardGrid } from '@/components/dashboard/dashboard-grid';
import { patientWidgets } from '@/components/dashboard/patient-widgets';
import { PageHeader } from '@/components/layout/page-header';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { getDashboardLayout } from '@/server/dashboards/dashboard-settings';
import { readPatientDashboard } from '@/server/dashboards/read-patient-dashboard';

export const metadata: Metadata = { title: 'Patient dashboard' };

export default async function PatientDashboardPage() {
  const principal = await requireRolePage('patient', '/patient');
  const account = accountSummaryOf(principal);
  const [data, layout] = await Promise.all([readPatientDashboard(principal), getDashboardLayout(principal)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader eyebrow={account.active?.clinicName ?? undefined} title="Your health overview" description={`Welcome, ${account.name}. Your next visit, messages from your care team and what is on your record.`} />
      <DashboardGrid role="patient" widgets={patientWidgets(data, data.timeZone)} accountLayout={layout} />
    </div>
  );
}
