/**
 * Where to land after sign-in or sign-out: only a path on our own origin is honoured.
 * Anything else (another origin, protocol-relative //host, backslash tricks) goes to the dashboard.
 */
export const DASHBOARD_PATH = '/dashboard';

export function safeRedirect(url: string, baseUrl: string): string {
  const fallback = `${baseUrl}${DASHBOARD_PATH}`;
  try {
    const base = new URL(baseUrl);
    if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) {
      const resolved = new URL(url, base);
      return resolved.origin === base.origin ? resolved.toString() : fallback;
    }
    const absolute = new URL(url);
    return absolute.origin === base.origin ? absolute.toString() : fallback;
  } catch {
    return fallback;
  }
}
