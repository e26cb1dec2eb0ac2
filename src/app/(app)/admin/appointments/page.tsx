import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { BookVisitForm } from '@/components/scheduling/book-visit-form';
import { DayNavigation } from '@/components/scheduling/day-navigation';
import { DayScheduleList } from '@/components/scheduling/day-schedule-list';
import { WaitlistPanel } from '@/components/scheduling/waitlist-panel';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { getBookingOptions } from '@/server/scheduling/get-booking-options';
import { listDaySchedule } from '@/server/scheduling/list-day-schedule';
import { listWaitlist } from '@/server/scheduling/manage-waitlist';
import {
  addToWaitlistAction,
  bookAppointmentAction,
  bookFromWaitlistAction,
  changeAppointmentAction,
  loadSlotsAction,
  removeFromWaitlistAction,
} from '@/server/scheduling/scheduling.actions';

export const metadata: Metadata = { title: 'Appointments' };

export default async function FrontDeskAppointmentsPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const principal = await requireRolePage('clinic_admin', '/admin/appointments');
  const { date } = await searchParams;
  const [day, options, waitlist] = await Promise.all([listDaySchedule(principal, typeof date === 'string' ? date : undefined), getBookingOptions(principal), listWaitlist(principal)]);
  const heading = new Date(`${day.date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={day.clinicName} title="Appointments" description="Every clinician's day, bookings for patients, arrivals and outcomes." />
      <section aria-labelledby="day-heading" className="flex flex-col gap-4">
        <DayNavigation basePath="/admin/appointments" date={day.date} previous={day.previous} next={day.next} today={day.today} />
        <h2 id="day-heading" className="text-xl font-semibold">{heading}</h2>
        <DayScheduleList entries={day.entries} timeZone={day.timeZone} showClinician change={changeAppointmentAction} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Book for a patient</CardTitle>
          <CardDescription>Staff can book any free time; the clinic&apos;s cancellation notice applies only to patients.</CardDescription>
        </CardHeader>
        <BookVisitForm options={options} today={options.today} loadSlots={loadSlotsAction} book={bookAppointmentAction} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Waitlist</CardTitle>
          <CardDescription>When a visit is cancelled, its time is offered (by email) to the first patient waiting for that visit type, clinician and day.</CardDescription>
        </CardHeader>
        <WaitlistPanel options={options} entries={waitlist} add={addToWaitlistAction} remove={removeFromWaitlistAction} bookOffered={bookFromWaitlistAction} />
      </Card>
    </div>
  );
}
