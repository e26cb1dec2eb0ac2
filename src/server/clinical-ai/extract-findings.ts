import type { Principal } from '@/server/access/principal';
import type { ExtractInput } from './clinical-ai.schemas';
import { extractClinicalText, type Extraction } from './extract-clinical-text';
import { evaluateRedFlags, type RedFlag } from './evaluate-red-flags';
import { requireEngineAccess } from './engine-access';

export type ExtractResult = Extraction & { redFlags: RedFlag[] };

/** The structured reading of a text plus its red flags; the pure part is usable server-side by the intake. */
export function analyzeClinicalText(text: string): ExtractResult {
  const extraction = extractClinicalText(text);
  return { ...extraction, redFlags: evaluateRedFlags(extraction.findings, extraction.vitals) };
}

/** POST /api/v1/clinical-ai/extract. Stateless like checkAssertion: nothing stored or logged. */
export async function extractFindings(principal: Principal, readInput: () => Promise<ExtractInput>): Promise<ExtractResult> {
  await requireEngineAccess(principal, 'clinical-ai.extract');
  const { text } = await readInput();
  return analyzeClinicalText(text);
}
