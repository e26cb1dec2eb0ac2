import { categoryInUse } from './cookie-registry';
import type { ParsedConsent } from './consent-cookie';
import type { ConsentCategories, ConsentMethod, ConsentSurface } from './consent.schemas';
import type { RegistryEntry } from './registry-types';

/** Pure decisions about consent. Nothing here reads a request or the database. */

export const NECESSARY_ONLY: ConsentCategories = { necessary: true, functional: false, analytics: false };

/** Necessary cookies need no consent; every other category needs its switch on. */
export function canSetCookie(entry: Pick<RegistryEntry, 'category'>, categories: ConsentCategories): boolean {
  return entry.category === 'necessary' || categories[entry.category];
}

/**
 * What applies to this request. Only a verified record made under the current policy counts; anything else
 * (none, tampered, expired, an older policy) means necessary only. A Global Privacy Control signal turns
 * analytics off whatever was recorded.
 */
export function effectiveCategories(parsed: ParsedConsent, gpc: boolean): ConsentCategories {
  if (parsed.status !== 'current') return NECESSARY_ONLY;
  return { ...parsed.record.categories, analytics: parsed.record.categories.analytics && !gpc };
}

/**
 * The categories to record for a request. A category with nothing in it cannot be consented to (there is
 * nothing to describe), so "Accept all" leaves analytics off while the platform has no analytics; and GPC
 * always means no analytics.
 */
export function categoriesToRecord(requested: { functional: boolean; analytics: boolean }, gpc: boolean): ConsentCategories {
  return {
    necessary: true,
    functional: requested.functional && categoryInUse('functional'),
    analytics: requested.analytics && categoryInUse('analytics') && !gpc,
  };
}

export type ConsentAction = 'given' | 'changed' | 'withdrawn';

/**
 * given: the first choice under the current policy (new device, expired or invalid cookie, policy change);
 * withdrawn: only switched categories off; changed: anything else, including confirming the same choice.
 */
export function consentActionFor(previous: ParsedConsent, next: ConsentCategories): ConsentAction {
  if (previous.status !== 'current') return 'given';
  const before = previous.record.categories;
  const optional = ['functional', 'analytics'] as const;
  const turnedOff = optional.some((category) => before[category] && !next[category]);
  const turnedOn = optional.some((category) => !before[category] && next[category]);
  return turnedOff && !turnedOn ? 'withdrawn' : 'changed';
}

export function consentMethodFor(surface: ConsentSurface, gpc: boolean): ConsentMethod {
  return gpc ? 'gpc' : surface;
}

/** The Sec-GPC request header as the GPC specification defines it: exactly "1" means the signal is on. */
export function gpcFromHeader(value: string | null | undefined): boolean {
  return value?.trim() === '1';
}
