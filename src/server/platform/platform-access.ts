import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canOperatePlatform } from '@/server/clinics/platform.policy';

/** Platform pages belong to the active platform admin; anyone else gets "not found", and the refusal is audited. */
export async function requirePlatformAdmin(principal: Principal, action: string): Promise<void> {
  if (canOperatePlatform(principal)) return;
  await recordDenial(principal, { action, entityType: 'platform', entityId: null });
  throw notFound('The page');
}
