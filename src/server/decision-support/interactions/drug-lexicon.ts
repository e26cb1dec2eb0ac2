import { brandNames } from './brand-names';
import { knownGenerics } from './drug-classes';

/**
 * Medication names as people type them: case, spacing, curly apostrophes, ® and ™, and a trailing
 * strength or form ("Simvastatin 40 mg tablet") do not matter. Returns the generic ingredients, or null.
 */
export function normalizeDrugName(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[®™]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const withoutStrength = (name: string) => name.replace(/\s+\d.*$/, '').replace(/\s+(tablets?|capsules?|oral|solution|injection|er|xr|sr|cr|dr|xl)$/g, '').trim();

function lookup(name: string): readonly string[] | null {
  if (knownGenerics.has(name)) return [name];
  return brandNames[name] ?? null;
}

export function resolveDrug(input: string): readonly string[] | null {
  const name = normalizeDrugName(input);
  if (name === '') return null;
  return lookup(name) ?? lookup(withoutStrength(name));
}
