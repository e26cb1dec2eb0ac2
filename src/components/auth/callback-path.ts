/**
 * The page to return to after sign-in, as a path on this site. The server checks it again
 * (safeRedirect); this only keeps an obviously foreign value out of the form.
 */
export const DEFAULT_CALLBACK = '/dashboard';

export function callbackPathFrom(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 2000) return DEFAULT_CALLBACK;
  // Coming back to a sign-in page after signing in would be a loop.
  if (/^\/(sign-in|sign-up|forgot-password|reset-password|verify-email)(\/|\?|$)/.test(raw)) return DEFAULT_CALLBACK;
  return raw;
}
