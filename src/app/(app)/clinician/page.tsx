import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { DayScheduleList } from '@/components/scheduling/day-schedule-list';
import { Button } from '@/components/ui/button';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { listDaySchedule } from '@/server/scheduling/list-day-schedule';
import { changeAppointmentAction } from '@/server/scheduling/scheduling.actions';

export const metadata: Metadata = { title: 'Clinician dashboard' };

export default async function ClinicianDashboardPage() {
  const principal = await requireRolePage('clinician', '/clinician');
  const day = await listDaySchedule(principal, undefined);
  const account = accountSummaryOf(principal);
  const open = day.entries.filter((entry) => entry.status === 'booked' || entry.status === 'arrived').length;

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
      <section aria-labelledby="today-heading" className="flex flex-col gap-3">
        <h2 id="today-heading" className="text-xl font-semibold">Today&apos;s schedule</h2>
        <DayScheduleList entries={day.entries} timeZone={day.timeZone} showClinician={false} change={changeAppointmentAction} />
      </section>
    </div>
  );
}
