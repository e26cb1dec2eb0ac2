import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { MyMedications } from '@/components/prescribing/my-medications';
import { requireRolePage } from '@/server/access/page-guards';
import { notFoundPage } from '@/server/encounters/not-found-page';
import { listMyMedications } from '@/server/prescribing/list-my-medications';

export const metadata: Metadata = { title: 'Medications & allergies' };

export default async function MyMedicationsPage() {
  const principal = await requireRolePage('patient', '/patient/medications');
  const data = await notFoundPage(() => listMyMedications(principal));
  const nothing = !data.current.length && !data.past.length && !data.otherMedicines.length && !data.allergies.length;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title="Medications & allergies" description="Your prescriptions, other medicines and allergies, from every clinic you are a patient of." />
      {nothing ? (
        <p className="text-muted-foreground">
          Nothing here yet. Prescriptions appear once a clinician signs one for you; allergies and medicines appear once they are on your record.
        </p>
      ) : (
        <MyMedications data={data} />
      )}
    </div>
  );
}
