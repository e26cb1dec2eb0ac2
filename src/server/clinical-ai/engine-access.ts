import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canUseClinicalEngine } from './clinical-ai.policy';

/**
 * Refuses anyone but a clinician, before the body is read. The refusal looks like "not here"
 * (404), as for every role-restricted route, and is audited with ids only: no text.
 */
export async function requireEngineAccess(principal: Principal, action: 'clinical-ai.assertion' | 'clinical-ai.extract'): Promise<void> {
  if (canUseClinicalEngine(principal)) return;
  await recordDenial(principal, { action, entityType: 'clinical-ai-engine', entityId: null });
  throw notFound('The page');
}
