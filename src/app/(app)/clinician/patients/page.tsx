import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { PatientSearch } from '@/components/patients/patient-search';
import { RegisterPatientForm } from '@/components/patients/register-patient-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { registerPatientAction } from '@/server/patients/patients.actions';

export const metadata: Metadata = { title: 'Patients' };

export default async function PatientsPage() {
  const principal = await requireRolePage('clinician', '/clinician/patients');
  const clinicName = accountSummaryOf(principal).active?.clinicName ?? undefined;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={clinicName} title="Patients" description="Find a patient by name, date of birth, phone or record number." />
      <PatientSearch />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Register a patient</CardTitle>
          <CardDescription>A record number is assigned automatically. We warn you if someone with the same name and date of birth is already registered here.</CardDescription>
        </CardHeader>
        <CardContent>
          <RegisterPatientForm action={registerPatientAction} />
        </CardContent>
      </Card>
    </div>
  );
}
