import { z } from 'zod';
import type { IntakeExport, NoteExport, PrescriptionExport } from './clinical-records';
import type { ConsentLogEntry } from './consent-history.repo';
import type {
  findAccount, findMemberships, findOwnAllergies, findOwnAppointments, findOwnMedications, findOwnObservations, findOwnPatients, findOwnProblems,
} from './personal-data.repo';

export const exportQuerySchema = z.object({
  format: z.enum(['json', 'fhir'], { error: 'must be json or fhir' }),
});
export type ExportFormat = z.infer<typeof exportQuerySchema>['format'];

type Rows<F extends (userId: string) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
type Without<T, K extends keyof T> = Omit<T, K>;

export type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;
export type PatientRow = Rows<typeof findOwnPatients>[number];
export type ProblemRow = Rows<typeof findOwnProblems>[number];
export type AllergyRow = Rows<typeof findOwnAllergies>[number];
export type MedicationRow = Rows<typeof findOwnMedications>[number];
export type ObservationRow = Rows<typeof findOwnObservations>[number];
export type AppointmentRow = Rows<typeof findOwnAppointments>[number];

/** One clinic's record of the person, with what hangs off it (the patient id is implied by nesting). */
export interface PatientRecordExport extends PatientRow {
  problems: Without<ProblemRow, 'patientId'>[];
  allergies: Without<AllergyRow, 'patientId'>[];
  medications: Without<MedicationRow, 'patientId'>[];
  observations: Without<ObservationRow, 'patientId'>[];
  appointments: Without<AppointmentRow, 'patientId'>[];
  /** Submitted pre-visit intakes (drafts the patient never sent are not part of the record). */
  intakes: IntakeExport[];
  /** Signed visit notes with their addenda and visit summaries (unsigned drafts are never exported). */
  notes: NoteExport[];
  prescriptions: PrescriptionExport[];
}

/** The "Download my data" JSON document. `schema` names its layout so a reader can tell versions apart. */
export interface PersonalDataExport {
  schema: 'clinixai.personal-data.v1';
  exportedAt: string;
  account: Account;
  memberships: Rows<typeof findMemberships>;
  patientRecords: PatientRecordExport[];
  consentLog: ConsentLogEntry[];
}

/** A file for the browser to save. */
export interface Download {
  filename: string;
  contentType: string;
  body: string;
}
