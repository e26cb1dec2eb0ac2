import { TZDate } from '@date-fns/tz';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { effectivePlan, type EffectivePlan } from './billing.policy';
import { countVisitsIn, countClinicianSeats, findClinicBilling, findClinicTimeZone, hasDeactivatedClinicianRole, isActiveClinician } from './billing.repo';
import { billingEnabled } from './stripe-client';

export type PlanResource = 'appointments' | 'clinicians';

export async function clinicPlan(clinicId: string, now = new Date()): Promise<EffectivePlan> {
  const enabled = billingEnabled();
  return effectivePlan(enabled, enabled ? await findClinicBilling(clinicId) : undefined, now);
}

/** The clinic-local calendar month holding `at`: a visit at 23:30 on 31 May in New York counts in May. */
export function clinicMonthOf(at: Date, timeZone: string): { from: Date; to: Date } {
  const local = new TZDate(at.getTime(), timeZone);
  const from = new TZDate(local.getFullYear(), local.getMonth(), 1, 0, 0, 0, timeZone);
  const to = new TZDate(local.getFullYear(), local.getMonth() + 1, 1, 0, 0, 0, timeZone);
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}

const upgrade = 'A clinic admin can upgrade in Subscription & payments.';

/**
 * Refuses one more appointment or clinician when the clinic's plan is full, with a message saying how
 * to lift the limit. Called by the booking and staff use-cases before they write. Appointments count per
 * calendar month of the visit itself, in the clinic's time zone,, so `visitStart` names the month being booked into.
 */
export async function assertWithinPlan(clinicId: string, resource: PlanResource, now = new Date(), visitStart = now): Promise<void> {
  const plan = await clinicPlan(clinicId, now);
  if (resource === 'appointments') {
    const limit = plan.limits.appointmentsPerMonth;
    if (limit === null) return;
    const { from, to } = clinicMonthOf(visitStart, (await findClinicTimeZone(clinicId)) ?? 'UTC');
    if ((await countVisitsIn(clinicId, from, to)) < limit) return;
    const message = `This clinic's plan allows ${limit} appointments a month and they are all booked. ${upgrade}`;
    throw new AppError('conflict', message, { start: [message] });
  }
  const limit = plan.limits.clinicians;
  if (limit === null) return;
  if ((await countClinicianSeats(clinicId, now)) < limit) return;
  const message = plan.planId === 'pro'
    ? `All ${limit} clinician seats of this clinic's subscription are taken. Add seats in the Stripe customer portal (Subscription & payments).`
    : `The ${plan.planId === 'starter' ? 'Starter' : ''} plan allows ${limit} clinicians. ${upgrade}`;
  throw new AppError('conflict', message, { role: [message] });
}

/**
 * Role changes: giving someone the clinician role takes a seat unless they already hold it. The input is
 * read loosely; the staff use-case validates it properly afterwards. Only a clinic admin's request is
 * checked, so nobody else learns the plan from the answer.
 */
export async function assertSeatForRoleChange(principal: Principal, raw: unknown, now = new Date()): Promise<void> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !principal.permissions.has('staff:manage') || typeof raw !== 'object' || raw === null) return;
  const { userId, roles } = raw as { userId?: unknown; roles?: unknown };
  if (typeof userId !== 'string' || !Array.isArray(roles) || !roles.includes('clinician')) return;
  if (!/^[0-9a-f-]{36}$/i.test(userId) || (await isActiveClinician(clinicId, userId))) return;
  await assertWithinPlan(clinicId, 'clinicians', now);
}

/** Whether the clinic's plan includes LLM note drafting (Starter does not; the deterministic engine always runs). */
export async function planAllowsLlmDrafting(clinicId: string, now = new Date()): Promise<boolean> {
  return (await clinicPlan(clinicId, now)).limits.llmDrafting;
}

/** Reactivating a member who was a clinician gives the seat back to them, so it must be free. */
export async function assertSeatForReactivation(principal: Principal, raw: unknown, now = new Date()): Promise<void> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !principal.permissions.has('staff:manage') || typeof raw !== 'object' || raw === null) return;
  const { userId } = raw as { userId?: unknown };
  if (typeof userId !== 'string' || !/^[0-9a-f-]{36}$/i.test(userId) || !(await hasDeactivatedClinicianRole(clinicId, userId))) return;
  await assertWithinPlan(clinicId, 'clinicians', now);
}
