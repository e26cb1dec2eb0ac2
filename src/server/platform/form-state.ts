import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { logger } from './logger';

/** What a form's server action answers: a message to show, or an error with the fields to fix. */
export type FormState = Result<{ message: string }> | null;

/** A use-case error as a form's answer; anything unexpected is logged by type only (its message may hold data). */
export function toFormError(error: unknown, what: string): FormState {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  logger().error({ errorType: error instanceof Error ? error.name : typeof error, action: what }, 'form action failed');
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
}
