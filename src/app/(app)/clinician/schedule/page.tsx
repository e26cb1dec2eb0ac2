import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { CalendarFeedPanel } from '@/components/scheduling/calendar-feed-panel';
import { DayNavigation } from '@/components/scheduling/day-navigation';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { DayScheduleList } from '@/components/scheduling/day-schedule-list';
import { TimeOffPanel } from '@/components/scheduling/time-off-panel';
import { requireRolePage } from '@/server/access/page-guards';
import { listDaySchedule } from '@/server/scheduling/list-day-schedule';
import { calendarFeedStatus } from '@/server/scheduling/manage-calendar-feeds';
import { listTimeOff } from '@/server/scheduling/manage-time-off';
import {
  addTimeOffAction,
  changeAppointmentAction,
  createCalendarFeedAction,
  removeTimeOffAction,
  revokeCalendarFeedAction,
} from '@/server/scheduling/scheduling.actions';

export const metadata: Metadata = { title: 'Schedule' };

export default async function ClinicianSchedulePage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const principal = await requireRolePage('clinician', '/clinician/schedule');
  const { date } = await searchParams;
  const [day, feed, timeOff] = await Promise.all([listDaySchedule(principal, typeof date === 'string' ? date : undefined), calendarFeedStatus(principal), listTimeOff(principal)]);
  const heading = new Date(`${day.date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader eyebrow={day.clinicName} title="Schedule" description={`Your visits on ${heading}. Days follow the clinic's calendar (${day.timeZone}); times show in your time zone.`} />
      <DayNavigation basePath="/clinician/schedule" date={day.date} previous={day.previous} next={day.next} today={day.today} />
      <section aria-labelledby="day-heading" className="flex flex-col gap-3">
        <h2 id="day-heading" className="text-xl font-semibold">{heading}</h2>
        <DayScheduleList entries={day.entries} timeZone={day.timeZone} showClinician={false} change={changeAppointmentAction} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Time off</CardTitle>
        </CardHeader>
        <TimeOffPanel entries={timeOff} today={day.today} timeZone={day.timeZone} add={addTimeOffAction} remove={removeTimeOffAction} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Calendar feed</CardTitle>
        </CardHeader>
        <CalendarFeedPanel active={feed.active} create={createCalendarFeedAction} revoke={revokeCalendarFeedAction} />
      </Card>
    </div>
  );
}
