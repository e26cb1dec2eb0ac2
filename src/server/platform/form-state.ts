import { AppError } from '@/lib/errors';
import type { ApiError, Result } from '@/lib/result';
import { logger } from './logger';

/** What a form's server action answers: a message to show, or an error with the fields to fix. */
export type FormState = Result<{ message: string }> | null;

/**
 * A use-case error as a server action's answer, for every action of the platform. Anything unexpected is logged
 * by type only (its message may hold patient data) and the person gets a generic message.
 */
export function failureOf(error: unknown, what: string): { ok: false; error: ApiError } {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  logger().error({ errorType: error instanceof Error ? error.name : typeof error, action: what }, 'server action failed');
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
}

/** toFormError for the forms that answer FormState. */
export const toFormError = (error: unknown, what: string): FormState => failureOf(error, what);
