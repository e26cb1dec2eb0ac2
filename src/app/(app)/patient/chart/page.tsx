import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { PatientOwnChart } from '@/components/patients/patient-own-chart';
import { Button } from '@/components/ui/button';
import { requireRolePage } from '@/server/access/page-guards';
import { addAllergyAction, addMedicationAction, addProblemAction, updateContactAction } from '@/server/patients/patients.actions';
import { readOwnChart } from '@/server/patients/read-own-chart';

export const metadata: Metadata = { title: 'My record' };

const actions = { updateContact: updateContactAction, addProblem: addProblemAction, addAllergy: addAllergyAction, addMedication: addMedicationAction };

export default async function MyRecordPage() {
  const principal = await requireRolePage('patient', '/patient/chart');
  const chart = await readOwnChart(principal);
  if (!chart) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="My record" description="This clinic has no record for you yet." />
        <Button asChild className="w-fit">
          <Link href="/onboarding">Complete your profile</Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="My record" description="What your clinic has on file. You can update your contact details and tell us about conditions, allergies and medicines." />
      <PatientOwnChart chart={chart} actions={actions} />
    </div>
  );
}
