import type { Result } from '@/lib/result';
import { failureOf } from '@/server/platform/form-state';

/** Runs a use-case for a server action: its result, or its error as the one answer shape (never e.message of a bug). */
export async function asResult<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return failureOf(error, 'visit');
  }
}
