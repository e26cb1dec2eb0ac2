/**
 * Session lifetime as the Cookie Policy states it: 8 hours from sign-in, absolutely.
 * Auth.js slides the expiry on every read; we refuse any token older than this instead.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function absoluteExpiry(signedInAtMs: number): Date {
  return new Date(signedInAtMs + SESSION_MAX_AGE_SECONDS * 1000);
}

export function isPastAbsoluteExpiry(signedInAtMs: number, nowMs: number): boolean {
  return nowMs >= absoluteExpiry(signedInAtMs).getTime();
}
