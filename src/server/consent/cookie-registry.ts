import { authCookies } from './auth-cookies';
import type { ConsentCategory, CookieEntry, RegistryEntry, StorageEntry, ThirdParty } from './registry-types';

/**
 * The one list of every cookie and browser-storage key the platform can set. The Cookie Policy's tables,
 * the consent dialog's details, the policy version and the end-to-end cookie audit are all generated from it:
 * a cookie set anywhere without an entry here fails the audit.
 */
export const CONSENT_COOKIE = 'clinixai-cookie-consent';
export const UI_PREFERENCES_COOKIE = 'clinixai-ui';
export const COOKIE_CHECK_COOKIE = 'clinixai-cookie-check';

const YEAR_SECONDS = 365 * 24 * 60 * 60;
export const CONSENT_MAX_AGE_SECONDS = YEAR_SECONDS;

const platformCookies: readonly CookieEntry[] = [
  {
    kind: 'cookie',
    name: CONSENT_COOKIE,
    match: 'exact',
    category: 'necessary',
    purposeKey: 'consent-record',
    purpose: 'Records your cookie consent preference.',
    duration: '365 days',
    lifetime: { kind: 'max-age', seconds: YEAR_SECONDS, upTo: false },
    party: 'first',
    setBy: 'server',
    provider: 'ClinixAI',
    transport: 'any',
    httpOnly: true,
    secure: 'https',
    sameSite: 'Lax',
    path: '/',
    publishedOrder: 5,
  },
  {
    kind: 'cookie',
    name: COOKIE_CHECK_COOKIE,
    match: 'exact',
    category: 'necessary',
    purposeKey: 'cookie-support-check',
    purpose: 'Tests whether your browser accepts cookies, so the sign-in page can tell you if it does not. Holds no information.',
    duration: 'Deleted at once (at most 1 minute)',
    lifetime: { kind: 'max-age', seconds: 60, upTo: true },
    party: 'first',
    setBy: 'client',
    provider: 'ClinixAI',
    transport: 'any',
    httpOnly: false,
    secure: 'https',
    sameSite: 'Lax',
    path: '/',
  },
  {
    kind: 'cookie',
    name: UI_PREFERENCES_COOKIE,
    match: 'exact',
    category: 'functional',
    purposeKey: 'ui-preferences',
    purpose:
      'Remembers your role preference, dashboard settings, sidebar and display state, and in-browser notification preferences. Set only with your consent to functional cookies.',
    duration: 'Up to 365 days, never longer than your consent',
    lifetime: { kind: 'max-age', seconds: YEAR_SECONDS, upTo: true },
    party: 'first',
    setBy: 'server',
    provider: 'ClinixAI',
    transport: 'any',
    httpOnly: true,
    secure: 'https',
    sameSite: 'Lax',
    path: '/',
  },
];

/** No page writes localStorage or sessionStorage today; an entry here is required before one does. */
const storageEntries: readonly StorageEntry[] = [];

export const cookieEntries: readonly CookieEntry[] = [...authCookies, ...platformCookies];
export const registry: readonly RegistryEntry[] = [...cookieEntries, ...storageEntries];

/** Services that may set their own cookies on their own sites when you use them (policy section 3). */
export const thirdParties: readonly ThirdParty[] = [
  { name: 'Google', purposeKey: 'sign-in', privacyPolicy: 'https://policies.google.com/privacy' },
  { name: 'Stripe', purposeKey: 'payments', privacyPolicy: 'https://stripe.com/privacy' },
];

export function entriesIn(category: ConsentCategory): RegistryEntry[] {
  return registry.filter((entry) => entry.category === category);
}

/** A category is in use when the platform can set at least one cookie or key of it. */
export function categoryInUse(category: ConsentCategory): boolean {
  return entriesIn(category).length > 0;
}

/** The entry of a cookie the platform writes by its exact name; code never restates its attributes. */
export function cookieEntryNamed(name: string): CookieEntry {
  const entry = cookieEntries.find((candidate) => candidate.name === name && candidate.match === 'exact');
  if (!entry) throw new Error(`${name} is not in the cookie registry`);
  return entry;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function cookieNameMatches(entry: CookieEntry, name: string): boolean {
  if (entry.match === 'exact') return entry.name === name;
  return new RegExp(`^${escapeRegExp(entry.name)}\\.\\d+$`).test(name);
}

/** The registry entries a cookie of this name may be, on this kind of connection. */
export function cookieEntriesFor(name: string, https: boolean): CookieEntry[] {
  const transport = https ? 'https' : 'http';
  return cookieEntries.filter((entry) => (entry.transport === 'any' || entry.transport === transport) && cookieNameMatches(entry, name));
}

export function storageEntryFor(kind: StorageEntry['kind'], key: string): StorageEntry | undefined {
  return storageEntries.find((entry) => entry.kind === kind && (entry.match === 'exact' ? entry.key === key : key.startsWith(entry.key)));
}

/** Browser-storage keys that belong to a category: cleared in the browser when its consent is withdrawn. */
export function storageKeysIn(category: ConsentCategory): StorageEntry[] {
  return storageEntries.filter((entry) => entry.category === category);
}
