/**
 * The platform's plans. Limits are enforced in the use-cases (src/server/billing/plan-limits.ts); this file
 * only says what each plan allows and which Stripe prices sell it. Prices are found by lookup key, so a real
 * deployment creates them once in Stripe (see the README) and no price id lives in configuration.
 */
export type PlanId = 'starter' | 'pro';
export type BillingInterval = 'month' | 'year';

export interface PlanLimits {
  /** Active clinicians plus pending clinician invitations; null = no limit. */
  clinicians: number | null;
  /** Appointments (not cancelled) per calendar month (UTC) of the visit; null = no limit. */
  appointmentsPerMonth: number | null;
  llmDrafting: boolean;
}

export interface Plan {
  id: PlanId;
  name: string;
  summary: string;
  limits: PlanLimits;
}

export const plans: Record<PlanId, Plan> = {
  starter: {
    id: 'starter',
    name: 'Starter',
    summary: 'Free: up to 2 clinicians and 300 appointments a month, without LLM note drafting.',
    limits: { clinicians: 2, appointmentsPerMonth: 300, llmDrafting: false },
  },
  pro: {
    id: 'pro',
    name: 'Pro',
    summary: 'Per clinician seat, monthly or yearly: every feature, as many appointments as you book.',
    // Clinicians are limited by the seats bought (see effectiveLimits).
    limits: { clinicians: null, appointmentsPerMonth: null, llmDrafting: true },
  },
};

/** Stripe price lookup keys of the Pro seat price, per interval. */
export const proPriceLookupKeys: Record<BillingInterval, string> = {
  month: 'clinixai_pro_seat_monthly',
  year: 'clinixai_pro_seat_yearly',
};

/** What a deployment without Stripe runs on: everything, unlimited. */
export const localPlan = {
  id: 'local',
  name: 'Local (billing off)',
  limits: { clinicians: null, appointmentsPerMonth: null, llmDrafting: true } satisfies PlanLimits,
} as const;

/** The platform's fee on a visit payment, in basis points of the amount (3%). */
export const PLATFORM_FEE_BASIS_POINTS = 300;

/** Days a past-due subscription keeps its plan before the clinic drops to starter limits. */
export const PAST_DUE_GRACE_DAYS = 14;

/** Minutes a booking that must be paid holds its slot. */
export const PAYMENT_HOLD_MINUTES = 15;

export function platformFeeMinor(amountMinor: number): number {
  return Math.round((amountMinor * PLATFORM_FEE_BASIS_POINTS) / 10_000);
}
