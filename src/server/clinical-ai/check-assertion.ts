import type { Principal } from '@/server/access/principal';
import type { Assertion } from './assertion-engine';
import type { AssertionInput } from './clinical-ai.schemas';
import { detectAssertion } from './detect-assertion';
import { requireEngineAccess } from './engine-access';

/**
 * POST /api/v1/clinical-ai/assertion. Stateless: the sentence is analysed in memory and neither
 * stored nor logged, so there is no patient record to audit beyond a refusal.
 */
export async function checkAssertion(principal: Principal, readInput: () => Promise<AssertionInput>): Promise<Assertion> {
  await requireEngineAccess(principal, 'clinical-ai.assertion');
  const { sentence, target } = await readInput();
  const { negation, temporality, experiencer, trigger } = detectAssertion(sentence, target);
  return trigger === undefined ? { negation, temporality, experiencer } : { negation, temporality, experiencer, trigger };
}
