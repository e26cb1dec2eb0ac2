import { z } from 'zod';
import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { codeSystems } from './code-sets/code-sets';
import { searchCodes as searchBundled, type CodeMatch } from './code-sets/code-search';

const searchCodesSchema = z.object({
  system: z.enum(codeSystems, { error: 'system must be icd10cm or loinc.' }),
  query: z.string({ error: 'query must be text.' }).max(100, 'query can be at most 100 characters.').default(''),
});

/**
 * Typeahead over the bundled code sets. Reference data, no patient data: any signed-in person may search, and
 * nothing is audited. The principal is taken so an anonymous caller never reaches it.
 */
export function searchCodes(_principal: Principal, raw: unknown): { codes: CodeMatch[] } {
  const parsed = searchCodesSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  return { codes: searchBundled(parsed.data.system, parsed.data.query) };
}
