import { localPlan, plans, proPriceLookupKeys, type PlanLimits } from '@/config/plans';
import type { Principal } from '@/server/access/principal';
import { formatMoney } from '@/server/billing/money';
import { billingEnabled, stripeClient } from '@/server/billing/stripe-client';
import { logger } from './logger';
import { requirePlatformAdmin } from './platform-access';
import { planMix } from './platform-overview.repo';
import type { PlatformPlan } from './platform-overview.schemas';
import { planCountsOf } from './plan-counts';

const limitText = (value: number | null, unit: string) => (value === null ? 'No limit' : `${value.toLocaleString('en-US')} ${unit}`);
const limitsOf = (limits: PlanLimits, cliniciansNote?: string) => ({
  clinicians: cliniciansNote ?? limitText(limits.clinicians, 'clinicians'),
  appointmentsPerMonth: limitText(limits.appointmentsPerMonth, 'a month'),
  llmDrafting: limits.llmDrafting,
});

/**
 * The plans of src/config/plans.ts with their limits and how many clinics are on each now. Pro's prices live in
 * Stripe (found by lookup key), so they are read from Stripe when billing is on; if Stripe does not answer, the
 * page says so instead of guessing an amount.
 */
export async function listPlatformPlans(principal: Principal): Promise<{ billingEnabled: boolean; plans: PlatformPlan[] }> {
  await requirePlatformAdmin(principal, 'platform.plans.read');
  const enabled = billingEnabled();
  const [mix, proPrices] = await Promise.all([planMix(), enabled ? stripePrices() : Promise.resolve(null)]);
  const counts = planCountsOf(mix, enabled);
  const countOf = (id: PlatformPlan['id']) => counts.find((c) => c.plan === id) ?? { clinics: 0, pastDue: 0 };
  const intervals = [
    { interval: 'month' as const, label: 'Per clinician seat, monthly' },
    { interval: 'year' as const, label: 'Per clinician seat, yearly' },
  ];
  return {
    billingEnabled: enabled,
    plans: [
      { id: 'starter', name: plans.starter.name, summary: plans.starter.summary, limits: limitsOf(plans.starter.limits), prices: [{ label: 'Free', amount: null }], ...countOf('starter'), current: enabled },
      {
        id: 'pro',
        name: plans.pro.name,
        summary: plans.pro.summary,
        limits: limitsOf(plans.pro.limits, 'As many as seats bought'),
        prices: intervals.map(({ interval, label }) => ({ label, amount: proPrices?.get(proPriceLookupKeys[interval]) ?? null, lookupKey: proPriceLookupKeys[interval] })),
        ...countOf('pro'),
        current: enabled,
      },
      { id: 'local', name: localPlan.name, summary: 'What every clinic runs on while the platform has no Stripe keys: every feature, no limits, no payments.', limits: limitsOf(localPlan.limits), prices: [{ label: 'No charge', amount: null }], ...countOf('local'), current: !enabled },
    ],
  };
}

async function stripePrices(): Promise<Map<string, string> | null> {
  const stripe = stripeClient();
  if (!stripe) return null;
  try {
    const list = await stripe.prices.list({ lookup_keys: Object.values(proPriceLookupKeys), active: true, limit: 10 });
    return new Map(list.data.flatMap((price) => (price.lookup_key && price.unit_amount !== null ? [[price.lookup_key, formatMoney(price.unit_amount, price.currency)] as const] : [])));
  } catch (error) {
    logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'plan prices could not be read from Stripe');
    return null;
  }
}
