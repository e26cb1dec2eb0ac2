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

const withoutStrength = (name: string) => name.replace(/\s+\d.*$/, '').trim();

/** Salts, release forms and dosage forms that do not change which drug it is ("metoprolol succinate ER"). */
const descriptors = new Set(
  ('succinate tartrate hydrochloride hcl sodium maleate besylate mesylate propionate furoate monohydrate macrocrystals dihydrate ' +
    'extended-release delayed-release immediate-release er xr sr cr dr xl ir la odt tablet tablets capsule capsules oral solution suspension ' +
    'injection auto-injector autoinjector transdermal patch cream ointment gel inhaler mdi nasal spray drops syrup chewable').split(' '),
);

function stripDescriptors(name: string): string {
  return name
    .replace(/\s*([/+])\s*/g, ' $1 ')
    .split(' ')
    .filter((word) => !descriptors.has(word))
    .join(' ')
    .replace(/^[\s/+]+|[\s/+]+$/g, '')
    .replace(/\s+/g, ' ');
}

function lookup(name: string): readonly string[] | null {
  if (knownGenerics.has(name)) return [name];
  return brandNames[name] ?? null;
}

/** Combination products written out ("sulfamethoxazole/trimethoprim"): every part must be known. */
function lookupParts(name: string): readonly string[] | null {
  const parts = name.split(/\s*(?:\/|\+|\band\b|\bwith\b)\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const resolved = parts.map((part) => lookup(stripDescriptors(part)));
  return resolved.every((r) => r !== null) ? [...new Set(resolved.flatMap((r) => r!))] : null;
}

export function resolveDrug(input: string): readonly string[] | null {
  const name = normalizeDrugName(input);
  if (name === '') return null;
  const bare = stripDescriptors(withoutStrength(name));
  return lookup(name) ?? lookup(withoutStrength(name)) ?? lookup(bare) ?? lookupParts(bare);
}
