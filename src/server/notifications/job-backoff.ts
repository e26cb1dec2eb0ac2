/** After this many failed attempts a job is given up (status dead) and shows in the platform outbox view. */
export const MAX_ATTEMPTS = 6;

/** How long a claimed job belongs to its worker; past it another worker may take it over (the worker died). */
export const LEASE_MS = 2 * 60_000;

/** Exponential backoff: 30 s, 1 min, 2 min, 4 min, 8 min, capped at an hour. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(60 * 60_000, 30_000 * 2 ** exponent);
}

export function nextAttemptAfterFailure(attempts: number, now: Date): { status: 'pending'; runAt: Date } | { status: 'dead' } {
  if (attempts >= MAX_ATTEMPTS) return { status: 'dead' };
  return { status: 'pending', runAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
