import type { Result } from '@/lib/result';

/**
 * The answer of the patient server actions (src/server/patients/patients.actions.ts). Restated here because
 * components do not import server modules; the pages that pass the actions check that the two agree.
 */
export type PatientFormState = Result<{ message: string; patientId?: string }> | null;
export type PatientFormAction = (state: PatientFormState, form: FormData) => Promise<PatientFormState>;

export type FieldErrors = Record<string, string[] | undefined>;
