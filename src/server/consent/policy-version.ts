import { createHash } from 'node:crypto';
import { registry, thirdParties } from './cookie-registry';
import { CONSENT_CATEGORIES, type RegistryEntry, type ThirdParty } from './registry-types';

/**
 * What a consent is given to: the categories in use, the purposes within them and the third parties.
 * Names, durations and wording are left out on purpose: renaming a cookie or rephrasing a purpose must not
 * ask everyone again, while a new purpose, category or third party must (the "material change").
 */
export interface MaterialContent {
  categories: string[];
  purposes: string[];
  thirdParties: string[];
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

export function materialContent(entries: readonly RegistryEntry[], parties: readonly ThirdParty[]): MaterialContent {
  return {
    categories: CONSENT_CATEGORIES.filter((category) => entries.some((entry) => entry.category === category)),
    purposes: sortedUnique(entries.map((entry) => `${entry.category}/${entry.purposeKey}/${entry.party}`)),
    thirdParties: sortedUnique(parties.map((party) => `${party.name}/${party.purposeKey}`)),
  };
}

/** A short, stable fingerprint: 12 hex digits of SHA-256 over the canonical material content. */
export function policyVersionOf(content: MaterialContent): string {
  const canonical = JSON.stringify([content.categories, content.purposes, content.thirdParties]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

export const POLICY_VERSION = policyVersionOf(materialContent(registry, thirdParties));
