import type { Metadata } from 'next';
import { ClinicianPicker } from '@/components/admin/clinician-picker';
import { ClinicianVisitTypesForm } from '@/components/admin/clinician-visit-types-form';
import { ExceptionForm } from '@/components/admin/exception-form';
import { ExceptionsList } from '@/components/admin/exceptions-list';
import { WorkingHoursForm } from '@/components/admin/working-hours-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { getClinicianSchedule } from '@/server/clinics/get-clinician-schedule';
import {
  addScheduleExceptionAction,
  removeScheduleExceptionAction,
  setClinicianVisitTypesAction,
  setWorkingHoursAction,
} from '@/server/clinics/schedules.actions';

export const metadata: Metadata = { title: 'Schedules' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SchedulesPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireRolePage('clinic_admin', '/admin/schedules');
  const requested = (await searchParams).clinician;
  const view = await getClinicianSchedule(principal, typeof requested === 'string' ? requested : undefined);
  const clinicName = accountSummaryOf(principal).active?.clinicName ?? undefined;
  const { chosen, schedule } = view;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={clinicName} title="Schedules" description="Each clinician's weekly hours, time off and the visit types they offer. Slots for booking are computed from these." />
      {view.clinicians.length === 0 || !chosen || !schedule ? (
        <p className="text-muted-foreground">No active clinicians yet: invite one from Staff &amp; roles.</p>
      ) : (
        <>
          <ClinicianPicker clinicians={view.clinicians} chosen={chosen.userId} />
          <Card>
            <CardHeader>
              <CardTitle as="h2">Working hours of {chosen.name}</CardTitle>
              <CardDescription>In clinic time ({view.timeZone}); within the opening hours, ranges of a day not overlapping.</CardDescription>
            </CardHeader>
            <CardContent>
              <WorkingHoursForm key={chosen.userId} clinicianUserId={chosen.userId} clinicianName={chosen.name} week={schedule.week} openingWeek={view.openingWeek} outsideOpening={schedule.outsideOpening} action={setWorkingHoursAction} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Exceptions</CardTitle>
              <CardDescription>Holidays and time off: no slots are offered during them.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-6">
              <ExceptionsList clinicianUserId={chosen.userId} items={schedule.exceptions} remove={removeScheduleExceptionAction} />
              <ExceptionForm key={chosen.userId} clinicianUserId={chosen.userId} timeZone={view.timeZone} action={addScheduleExceptionAction} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Visit types offered</CardTitle>
            </CardHeader>
            <CardContent>
              <ClinicianVisitTypesForm key={chosen.userId} clinicianUserId={chosen.userId} visitTypes={view.visitTypes} offered={schedule.visitTypeIds} action={setClinicianVisitTypesAction} />
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
