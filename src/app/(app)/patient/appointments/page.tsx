import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { BookVisitForm } from '@/components/scheduling/book-visit-form';
import { PatientAppointmentList } from '@/components/scheduling/patient-appointment-list';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { getBookingOptions } from '@/server/scheduling/get-booking-options';
import { listMyAppointments } from '@/server/scheduling/list-my-appointments';
import { bookAppointmentAction, changeAppointmentAction, loadSlotsAction } from '@/server/scheduling/scheduling.actions';

export const metadata: Metadata = { title: 'Appointments' };

export default async function PatientAppointmentsPage() {
  const principal = await requireRolePage('patient', '/patient/appointments');
  const [options, mine] = await Promise.all([getBookingOptions(principal), listMyAppointments(principal)]);
  const { clinic, today } = options;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={clinic.name} title="Appointments" description="Book a visit, and see, move or cancel the ones you have." />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Book a visit</CardTitle>
          <CardDescription>
            You can move or cancel a visit online until {clinic.cancellationNoticeHours} hours before it; after that, please contact the clinic.
          </CardDescription>
        </CardHeader>
        <BookVisitForm options={options} today={today} loadSlots={loadSlotsAction} book={bookAppointmentAction} />
      </Card>
      <PatientAppointmentList
        title="Upcoming visits"
        entries={mine.upcoming}
        empty="No upcoming visits. Book one above."
        clinic={clinic}
        today={today}
        loadSlots={loadSlotsAction}
        change={changeAppointmentAction}
      />
      <PatientAppointmentList title="Past visits" entries={mine.past} empty="No past visits yet." clinic={clinic} today={today} />
    </div>
  );
}
