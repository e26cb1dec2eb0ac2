import type { Result } from '@/lib/result';
import { failureOf } from '@/server/platform/form-state';

/** What the chart and registration forms get back. */
export type PatientFormState = Result<{ message: string; patientId?: string }> | null;

/** A use-case error as a form's answer; anything unexpected is logged by type only (its message may hold patient data). */
export function toPatientFormError(error: unknown): PatientFormState {
  return failureOf(error, 'patient form');
}

/** The form's fields as a plain object; files are not expected here. */
export function fieldsOf(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) out[key] = value;
  return out;
}
