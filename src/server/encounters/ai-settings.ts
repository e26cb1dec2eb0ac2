import { env } from '@/config/env';
import { localPlan, plans } from '@/config/plans';
import { AppError, notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { clinicPlan } from '@/server/billing/plan-limits';
import { isLlmEnabled, setLlmEnabled } from './ai-settings.repo';

export interface AiStatus {
  /** An OpenAI-compatible endpoint and model are configured for this installation. */
  configured: boolean;
  /** A clinic admin switched the language model on for the clinic. */
  enabled: boolean;
  /** The clinic's current plan includes LLM note drafting. */
  planIncludesAi: boolean;
  /** The plan's name as the billing page shows it. */
  planName: string;
  /** Drafts are rewritten by the model now: configured, included in the plan and switched on. */
  active: boolean;
}

export const NOT_IN_PLAN_MESSAGE = 'AI rewriting is not included in the clinic’s plan. A clinic admin can upgrade in Subscription & payments.';

export async function aiStatusOf(clinicId: string, now = new Date()): Promise<AiStatus> {
  const config = env();
  const configured = Boolean(config.CLINIXAI_AI_BASE_URL && config.CLINIXAI_AI_MODEL);
  const [plan, enabled] = await Promise.all([clinicPlan(clinicId, now), isLlmEnabled(clinicId)]);
  const planName = plan.planId === 'local' ? localPlan.name : plans[plan.planId].name;
  const planIncludesAi = plan.limits.llmDrafting;
  return { configured, enabled, planIncludesAi, planName, active: configured && planIncludesAi && enabled };
}

const clinicOf = (principal: Principal) => (principal.permissions.has('clinic:configure') ? (principal.active?.clinicId ?? null) : null);

/** Clinic admins see and switch the clinic's use of the language model; everyone else gets 404. */
export async function getClinicAi(principal: Principal, now = new Date()): Promise<AiStatus> {
  const clinicId = clinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action: 'clinic.ai.read', entityType: 'clinic', entityId: null });
    throw notFound('The page');
  }
  return aiStatusOf(clinicId, now);
}

/**
 * Switching on needs a plan that includes LLM drafting (409 otherwise, nothing stored); switching off is always
 * allowed, so a clinic that moved to a smaller plan can still clear the switch.
 */
export async function setClinicAi(principal: Principal, enabled: boolean, now = new Date()): Promise<AiStatus> {
  const clinicId = clinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action: 'clinic.ai.set', entityType: 'clinic', entityId: null });
    throw notFound('The page');
  }
  if (enabled && !(await clinicPlan(clinicId, now)).limits.llmDrafting) throw new AppError('conflict', NOT_IN_PLAN_MESSAGE, { enabled: [NOT_IN_PLAN_MESSAGE] });
  await setLlmEnabled(clinicId, enabled, principal.userId, auditEventOf(principal, { action: enabled ? 'clinic.ai.enable' : 'clinic.ai.disable', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return aiStatusOf(clinicId, now);
}
