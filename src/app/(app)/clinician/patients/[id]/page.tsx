import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { ClinicianChart } from '@/components/patients/clinician-chart';
import { AppError } from '@/lib/errors';
import { requireRolePage } from '@/server/access/page-guards';
import { MAX_DOCUMENT_BYTES } from '@/server/patients/document-content';
import {
  addAllergyAction,
  addMedicationAction,
  addProblemAction,
  confirmEntryAction,
  recordObservationAction,
  setMedicationStatusAction,
  setProblemStatusAction,
  updateContactAction,
} from '@/server/patients/patients.actions';
import { readChart } from '@/server/patients/read-chart';

// The title stays generic: a patient's name must not end up in browser history or tab titles shared on screen.
export const metadata: Metadata = { title: 'Chart' };

const actions = {
  addProblem: addProblemAction,
  addAllergy: addAllergyAction,
  addMedication: addMedicationAction,
  recordObservation: recordObservationAction,
  confirm: confirmEntryAction,
  setProblemStatus: setProblemStatusAction,
  setMedicationStatus: setMedicationStatusAction,
  updateContact: updateContactAction,
};

export default async function ChartPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const principal = await requireRolePage('clinician', `/clinician/patients/${encodeURIComponent(id)}`);
  const chart = await readChart(principal, id).catch((error: unknown) => {
    // Another clinic's patient, or no such patient: the same 404 (the use-case recorded the denial).
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        eyebrow={<Link href="/clinician/patients" className="underline hover:no-underline">Patients</Link>}
        title={chart.patient.name}
        description={`Born ${chart.patient.birthDate} · ${chart.patient.sexAtBirth} · record ${chart.patient.mrn}`}
      />
      <ClinicianChart chart={chart} actions={actions} maxUploadMegabytes={MAX_DOCUMENT_BYTES / (1024 * 1024)} />
    </div>
  );
}
