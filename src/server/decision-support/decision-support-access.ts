import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canUseDecisionSupport } from './decision-support.policy';

/**
 * Refuses a principal without decision support as "not found" (another role's tool is not there for
 * them) and records the denial. Allowed uses are not audited: a bare calculation or interaction check
 * carries no patient identifier and reads no chart.
 */
export async function requireDecisionSupport(principal: Principal, action: string): Promise<void> {
  if (canUseDecisionSupport(principal)) return;
  await recordDenial(principal, { action, entityType: 'decision_support', entityId: null });
  throw notFound('The page');
}
