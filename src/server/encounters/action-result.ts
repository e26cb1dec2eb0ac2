import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { logger } from '@/server/platform/logger';

/** Runs a use-case for a server action: its result, or its error as the one answer shape (never e.message of a bug). */
export async function asResult<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'visit action failed');
    return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
  }
}
