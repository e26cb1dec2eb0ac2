import type { Metadata } from 'next';
import Link from 'next/link';
import { clinicianWidgets } from '@/components/dashboard/clinician-widgets';
import { DashboardGrid } from '@/components/dashboard/dashboard-grid';
import { PageHeader } from '@/components/layout/page-header';
import { DayScheduleList } from '@/components/scheduling/day-schedule-list';
import { Button } from '@/components/ui/button';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { getDashboardLayout } from '@/server/dashboards/dashboard-settings';
import { readClinicianDashboard } from '@/server/dashboards/read-clinician-dashboard';
import { changeAppointmentAction } from '@/server/scheduling/scheduling.actions';

export const metadata: Metadata = { title: 'Clinician dashboard' };

export default async function ClinicianDashboardPage() {
  const principal = await requireRolePage('clinician', '/clinician');
  const [data, layout] = await Promise.all([readClinicianDashboard(principal), getDashboardLayout(principal)]);
  const { day } = data;
  const account = accountSummaryOf(principal);
  const open = day.entries.filter((entry) => entry.status === 'booked' || entry.status === 'arrived').length;
  const today = <DayScheduleList entries={day.entries} timeZone={day.timeZone} showClinician={false} change={changeAppointmentAction} />;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={account.active?.clinicName ?? day.clinicName}
        title="Today"
        description={`${day.entries.length} ${day.entries.length === 1 ? 'visit' : 'visits'} today, ${open} still to see.`}
        actions={
          <Button variant="outline" asChild>
            <Link href="/clinician/schedule">Full schedule</Link>
          </Button>
        }
      />
      <DashboardGrid role="clinician" widgets={clinicianWidgets(data, today, day.timeZone)} accountLayout={layout} />
    </div>
  );
}
