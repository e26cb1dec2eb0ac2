import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { logger } from '@/server/platform/logger';

export type StaffFormState = Result<{ message: string }> | null;

/** A use-case error as a form's answer; anything unexpected is logged by type only (its message may hold data). */
export function toFormError(error: unknown): StaffFormState {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'staff form action failed');
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
}
