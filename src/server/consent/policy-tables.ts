import type { PolicyTable } from '@/content/policy-types';
import { cookieEntries, registry } from './cookie-registry';
import type { ConsentCategory, CookieEntry } from './registry-types';

/**
 * The Cookie Policy's tables, generated from the registry (src/content/cookie-policy.ts places them in the
 * published text). The published columns are kept; the full attributes go in a table of their own.
 */
const displayName = (entry: CookieEntry) => (entry.match === 'chunked' ? `${entry.name}.0, .1, …` : entry.name);

/** The published rows first, in the published order, then every other cookie of the category. */
export function cookiesIn(category: ConsentCategory): CookieEntry[] {
  const published = (entry: CookieEntry) => entry.publishedOrder ?? Number.MAX_SAFE_INTEGER;
  return cookieEntries.filter((entry) => entry.category === category).sort((a, b) => published(a) - published(b));
}

export function cookieTable(caption: string, cookies: readonly CookieEntry[]): PolicyTable {
  return {
    caption,
    columns: ['Cookie Name', 'Purpose', 'Duration'],
    rows: cookies.map((cookie) => [[{ code: displayName(cookie) }], cookie.purpose, cookie.duration]),
  };
}

/** Every cookie with its technical attributes, for the section after the policy text. Short values: it is a wide table. */
export function cookieDetailsTable(): PolicyTable {
  const categoryLabel = { necessary: 'Necessary', functional: 'Functional', analytics: 'Analytics' } as const;
  const secure = { always: 'Yes', never: 'No', https: 'Over HTTPS' } as const;
  return {
    caption: 'Every cookie with its attributes',
    columns: ['Cookie Name', 'Category', 'Set by', 'HttpOnly', 'Secure', 'SameSite', 'Duration'],
    rows: (['necessary', 'functional', 'analytics'] as const).flatMap(cookiesIn).map((entry) => [
      [{ code: displayName(entry) }],
      categoryLabel[entry.category],
      entry.setBy === 'server' ? entry.provider : `${entry.provider}, in the browser`,
      entry.httpOnly ? 'Yes' : 'No',
      secure[entry.secure],
      entry.sameSite,
      entry.duration,
    ]),
  };
}

/** Whether every cookie is the Platform's own (none is set by a third party on its pages). */
export const onlyFirstPartyCookies = cookieEntries.every((entry) => entry.party === 'first');

/** Whether any page writes localStorage or sessionStorage (none does today). */
export const usesBrowserStorage = registry.some((entry) => entry.kind !== 'cookie');

