import { AllergyForm } from './allergy-form';
import { AddDisclosure, ChartSection } from './chart-section';
import type { ChartData } from './chart-types';
import { ContactForm } from './contact-form';
import { Demographics } from './demographics';
import { DocumentUploadForm } from './document-upload-form';
import { DocumentsList } from './documents-list';
import { AllergiesList, MedicationsList, ProblemsList, type EntryActions } from './history-lists';
import { MedicationForm } from './medication-form';
import { ObservationForm } from './observation-form';
import { ObservationsTable } from './observations-table';
import type { PatientFormAction } from './patient-form-state';
import { ProblemForm } from './problem-form';
import { VisitsList } from './visits-list';

export type ClinicianChartActions = EntryActions & {
  addProblem: PatientFormAction;
  addAllergy: PatientFormAction;
  addMedication: PatientFormAction;
  recordObservation: PatientFormAction;
  updateContact: PatientFormAction;
};

/** The chart a clinician works in: every section, with its forms when they may write (chart:write). */
export function ClinicianChart({ chart, actions, maxUploadMegabytes }: { chart: ChartData; actions: ClinicianChartActions; maxUploadMegabytes: number }) {
  const id = chart.patient.id;
  const write = chart.viewer.canWrite;
  return (
    <div className="flex flex-col gap-6">
      <ChartSection id="demographics" title="Demographics and contact">
        <Demographics patient={chart.patient} />
        {write && (
          <AddDisclosure label="Edit contact details">
            <ContactForm action={actions.updateContact} patientId={id} contact={chart.patient} staff />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="problems" title="Problems" description="ICD-10-CM coded problem list.">
        <ProblemsList chart={chart} actions={write ? actions : undefined} />
        {write && (
          <AddDisclosure label="Add a problem">
            <ProblemForm action={actions.addProblem} patientId={id} />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="allergies" title="Allergies">
        <AllergiesList chart={chart} actions={write ? actions : undefined} />
        {write && (
          <AddDisclosure label="Add an allergy">
            <AllergyForm action={actions.addAllergy} patientId={id} />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="medications" title="Medications">
        <MedicationsList chart={chart} actions={write ? actions : undefined} />
        {write && (
          <AddDisclosure label="Add a medication">
            <MedicationForm action={actions.addMedication} patientId={id} />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="observations" title="Vitals and labs" description="LOINC coded; latest first.">
        <ObservationsTable observations={chart.observations} />
        {write && (
          <AddDisclosure label="Record a vital sign or lab result">
            <ObservationForm action={actions.recordObservation} patientId={id} />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="documents" title="Documents">
        <DocumentsList patientId={id} documents={chart.documents} />
        {write && (
          <AddDisclosure label="Attach a document">
            <DocumentUploadForm patientId={id} maxMegabytes={maxUploadMegabytes} />
          </AddDisclosure>
        )}
      </ChartSection>
      <ChartSection id="visits" title="Visits">
        <VisitsList visits={chart.visits} />
      </ChartSection>
    </div>
  );
}
