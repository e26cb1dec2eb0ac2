import { AllergyForm } from './allergy-form';
import { AddDisclosure, ChartSection } from './chart-section';
import type { ChartData } from './chart-types';
import { ContactForm } from './contact-form';
import { DocumentsList } from './documents-list';
import { AllergiesList, MedicationsList, ProblemsList } from './history-lists';
import { MedicationForm } from './medication-form';
import { ObservationsTable } from './observations-table';
import type { PatientFormAction } from './patient-form-state';
import { ProblemForm } from './problem-form';
import { VisitsList } from './visits-list';

export type PatientChartActions = { updateContact: PatientFormAction; addProblem: PatientFormAction; addAllergy: PatientFormAction; addMedication: PatientFormAction };

/**
 * A patient's own chart: read-only, except their contact details and what they report about themselves, which is
 * marked unconfirmed until a clinician confirms it.
 */
export function PatientOwnChart({ chart, actions }: { chart: ChartData; actions: PatientChartActions }) {
  const id = chart.patient.id;
  return (
    <div className="flex flex-col gap-6">
      <ChartSection id="contact" title="Your contact details" description={`Record number ${chart.patient.mrn} · born ${chart.patient.birthDate}`}>
        <ContactForm action={actions.updateContact} patientId={id} contact={chart.patient} />
      </ChartSection>
      <ChartSection id="problems" title="Conditions" description="Add a condition you have been told about; your clinician confirms it.">
        <ProblemsList chart={chart} />
        <AddDisclosure label="Report a condition">
          <ProblemForm action={actions.addProblem} patientId={id} selfReport />
        </AddDisclosure>
      </ChartSection>
      <ChartSection id="allergies" title="Allergies">
        <AllergiesList chart={chart} />
        <AddDisclosure label="Report an allergy">
          <AllergyForm action={actions.addAllergy} patientId={id} selfReport />
        </AddDisclosure>
      </ChartSection>
      <ChartSection id="medications" title="Medications">
        <MedicationsList chart={chart} />
        <AddDisclosure label="Report a medication you take">
          <MedicationForm action={actions.addMedication} patientId={id} selfReport />
        </AddDisclosure>
      </ChartSection>
      <ChartSection id="observations" title="Vitals and lab results">
        <ObservationsTable observations={chart.observations} />
      </ChartSection>
      <ChartSection id="documents" title="Documents">
        <DocumentsList patientId={id} documents={chart.documents} />
      </ChartSection>
      <ChartSection id="visits" title="Visits">
        <VisitsList visits={chart.visits} />
      </ChartSection>
    </div>
  );
}
