import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { logger } from '@/server/platform/logger';

/** What the chart and registration forms get back. */
export type PatientFormState = Result<{ message: string; patientId?: string }> | null;

/** A use-case error as a form's answer; anything unexpected is logged by type only (its message may hold patient data). */
export function toPatientFormError(error: unknown): PatientFormState {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'patient form action failed');
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
}

/** The form's fields as a plain object; files are not expected here. */
export function fieldsOf(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) out[key] = value;
  return out;
}
