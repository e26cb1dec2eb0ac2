import { localPlan, PAST_DUE_GRACE_DAYS, plans, type PlanLimits } from '@/config/plans';
import type { Principal } from '@/server/access/principal';

export interface BillingState {
  plan: string;
  subscriptionStatus: string | null;
  seats: number | null;
  pastDueSince: Date | null;
}

export interface EffectivePlan {
  planId: 'local' | 'starter' | 'pro';
  limits: PlanLimits;
  /** Past due but still inside the grace period: admins see a banner, clinical work continues. */
  pastDue: boolean;
  graceEndsAt: Date | null;
}

const DAY_MS = 86_400_000;
const paying = new Set(['active', 'trialing']);
const overdue = new Set(['past_due', 'unpaid']);

/**
 * The plan a clinic actually gets now. Without Stripe every clinic is unlimited. A Pro subscription
 * gives as many clinicians as seats bought; past due keeps Pro for the grace period, then starter limits
 * apply (nothing is deleted: only new bookings and new clinicians are refused until it is paid).
 */
export function effectivePlan(enabled: boolean, state: BillingState | undefined, now: Date): EffectivePlan {
  if (!enabled) return { planId: 'local', limits: localPlan.limits, pastDue: false, graceEndsAt: null };
  const starter: EffectivePlan = { planId: 'starter', limits: plans.starter.limits, pastDue: false, graceEndsAt: null };
  if (!state || state.plan !== 'pro' || !state.subscriptionStatus) return starter;
  const pro: EffectivePlan = { planId: 'pro', limits: { ...plans.pro.limits, clinicians: Math.max(state.seats ?? 1, 1) }, pastDue: false, graceEndsAt: null };
  if (paying.has(state.subscriptionStatus)) return pro;
  if (overdue.has(state.subscriptionStatus)) {
    const graceEndsAt = new Date((state.pastDueSince ?? now).getTime() + PAST_DUE_GRACE_DAYS * DAY_MS);
    return now < graceEndsAt ? { ...pro, pastDue: true, graceEndsAt } : { ...starter, pastDue: true, graceEndsAt };
  }
  return starter;
}

/** Billing is a clinic admin's business, in their active clinic only. */
export function canManageBilling(principal: Principal, clinicId: string): boolean {
  return principal.active?.clinicId === clinicId && principal.permissions.has('billing:manage');
}

/** Whether a cancellation is inside the clinic's policy (refunded automatically): staff cancellations always are. */
export function refundableCancellation(startsAt: Date, noticeHours: number, byStaff: boolean, now: Date): boolean {
  return byStaff || startsAt.getTime() - now.getTime() >= noticeHours * 3_600_000;
}
