import { cookieEntriesFor, storageEntryFor } from './cookie-registry';
import type { CookieEntry, StorageEntry } from './registry-types';

/**
 * Compares what a browser actually holds with the registry: the end-to-end cookie audit feeds it every
 * cookie (Playwright's context.cookies()) and storage key it finds. An empty list of problems means the
 * published policy describes that cookie truthfully.
 */
export interface ObservedCookie {
  name: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie (Playwright's convention). */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

// Time between the server setting a cookie and the audit reading it, on a slow machine.
const DEFAULT_SLACK_SECONDS = 120;

function lifetimeProblem(entry: CookieEntry, cookie: ObservedCookie, nowMs: number, slack: number): string | null {
  const { lifetime } = entry;
  if (lifetime.kind === 'session') return cookie.expires === -1 ? null : 'should be a session cookie, but has an expiry';
  if (cookie.expires === -1) return `should live ${lifetime.seconds} s, but is a session cookie`;
  const remaining = cookie.expires - nowMs / 1000;
  if (remaining > lifetime.seconds + slack) return `lives ${Math.round(remaining)} s, longer than the registered ${lifetime.seconds} s`;
  if (!lifetime.upTo && remaining < lifetime.seconds - slack) return `lives ${Math.round(remaining)} s instead of ${lifetime.seconds} s`;
  return null;
}

function problemsAgainst(entry: CookieEntry, cookie: ObservedCookie, https: boolean, nowMs: number, slack: number): string[] {
  const problems: string[] = [];
  const secure = entry.secure === 'always' || (entry.secure === 'https' && https);
  if (cookie.httpOnly !== entry.httpOnly) problems.push(`HttpOnly is ${cookie.httpOnly}, registered ${entry.httpOnly}`);
  if (cookie.secure !== secure) problems.push(`Secure is ${cookie.secure}, registered ${secure}`);
  if (cookie.sameSite !== entry.sameSite) problems.push(`SameSite is ${cookie.sameSite}, registered ${entry.sameSite}`);
  if (cookie.path !== entry.path) problems.push(`Path is ${cookie.path}, registered ${entry.path}`);
  const lifetime = lifetimeProblem(entry, cookie, nowMs, slack);
  if (lifetime) problems.push(lifetime);
  return problems;
}

/** Problems with one cookie; [] when it matches a registry entry in every attribute and its lifetime. */
export function auditCookie(cookie: ObservedCookie, options: { https: boolean; nowMs: number; slackSeconds?: number }): string[] {
  const candidates = cookieEntriesFor(cookie.name, options.https);
  if (candidates.length === 0) return [`${cookie.name}: not in the cookie registry`];
  const slack = options.slackSeconds ?? DEFAULT_SLACK_SECONDS;
  const results = candidates.map((entry) => problemsAgainst(entry, cookie, options.https, options.nowMs, slack));
  if (results.some((problems) => problems.length === 0)) return [];
  return (results[0] ?? []).map((problem) => `${cookie.name}: ${problem}`);
}

export function auditStorageKey(kind: StorageEntry['kind'], key: string): string[] {
  return storageEntryFor(kind, key) ? [] : [`${kind} key ${key}: not in the cookie registry`];
}
