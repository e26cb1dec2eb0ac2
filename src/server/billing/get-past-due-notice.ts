import type { Principal } from '@/server/access/principal';
import { canManageBilling } from './billing.policy';
import { clinicPlan } from './plan-limits';

export interface PastDueNotice {
  graceEndsAt: string;
  onStarterLimits: boolean;
}

/** For the admin shell's banner: set only for a clinic admin whose subscription is past due. */
export async function getPastDueNotice(principal: Principal, now = new Date()): Promise<PastDueNotice | null> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !canManageBilling(principal, clinicId)) return null;
  const plan = await clinicPlan(clinicId, now);
  if (!plan.pastDue || !plan.graceEndsAt) return null;
  return { graceEndsAt: plan.graceEndsAt.toISOString(), onStarterLimits: plan.planId === 'starter' };
}
