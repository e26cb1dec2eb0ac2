import type { Metadata } from 'next';
import { ClinicDetailsForm } from '@/components/admin/clinic-details-form';
import { OpeningHoursForm } from '@/components/admin/opening-hours-form';
import { VisitTypeForm } from '@/components/admin/visit-type-form';
import { VisitTypesList } from '@/components/admin/visit-types-list';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import {
  deleteVisitTypeAction,
  saveVisitTypeAction,
  setOpeningHoursAction,
  updateClinicSettingsAction,
} from '@/server/clinics/clinic-settings.actions';
import { getClinicSettings } from '@/server/clinics/get-clinic-settings';

export const metadata: Metadata = { title: 'Clinic settings' };

export default async function ClinicSettingsPage() {
  const principal = await requireRolePage('clinic_admin', '/admin/settings');
  const { settings, week, visitTypes, defaultCurrency } = await getClinicSettings(principal);
  const timeZones = Intl.supportedValuesOf('timeZone');

  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={settings.name} title="Clinic settings" description="Details, booking rules, opening hours and the visit types patients can book." />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Details and booking rules</CardTitle>
        </CardHeader>
        <CardContent>
          <ClinicDetailsForm clinic={settings} timeZones={timeZones} action={updateClinicSettingsAction} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Opening hours</CardTitle>
          <CardDescription>In the clinic&apos;s time zone ({settings.timeZone}). Clinicians&apos; working hours must lie within them.</CardDescription>
        </CardHeader>
        <CardContent>
          <OpeningHoursForm week={week} action={setOpeningHoursAction} />
        </CardContent>
      </Card>
      <Card id="visit-types">
        <CardHeader>
          <CardTitle as="h2">Visit types</CardTitle>
          <CardDescription>A visit type in use cannot be deleted: make it inactive and patients can no longer book it.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <VisitTypesList visitTypes={visitTypes} currency={defaultCurrency} save={saveVisitTypeAction} remove={deleteVisitTypeAction} />
          <section aria-labelledby="new-visit-type" className="grid gap-3">
            <h3 id="new-visit-type" className="text-lg font-semibold">Add a visit type</h3>
            <VisitTypeForm currency={defaultCurrency} action={saveVisitTypeAction} />
          </section>
        </CardContent>
      </Card>
    </div>
  );
}
