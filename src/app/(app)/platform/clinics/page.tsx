import type { Metadata } from 'next';
import { ClinicsTable } from '@/components/admin/clinics-table';
import { CreateClinicForm } from '@/components/admin/create-clinic-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { listClinics } from '@/server/clinics/list-clinics';
import { createClinicAction } from '@/server/clinics/platform.actions';

export const metadata: Metadata = { title: 'Clinics' };

export default async function PlatformClinicsPage() {
  const principal = await requireRolePage('platform_admin', '/platform/clinics');
  const clinics = await listClinics(principal);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Clinics" description="The clinics of this installation. A new clinic starts with an invitation to its first clinic admin." />
      <section aria-labelledby="clinics-heading" className="flex flex-col gap-3">
        <h2 id="clinics-heading" className="text-xl font-semibold">All clinics</h2>
        <ClinicsTable clinics={clinics} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Create a clinic</CardTitle>
          <CardDescription>Its admin then sets opening hours, visit types and invites the staff.</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateClinicForm timeZones={Intl.supportedValuesOf('timeZone')} action={createClinicAction} />
        </CardContent>
      </Card>
    </div>
  );
}
