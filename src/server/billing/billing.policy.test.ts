import { describe, expect, it } from 'vitest';
import { platformFeeMinor } from '@/config/plans';
import { effectivePlan, refundableCancellation } from './billing.policy';

const NOW = new Date('2026-06-10T12:00:00Z');
const DAY = 86_400_000;

describe('effectivePlan', () => {
  it('is unlimited without Stripe, starter without a subscription', () => {
    expect(effectivePlan(false, undefined, NOW)).toMatchObject({ planId: 'local', limits: { clinicians: null, appointmentsPerMonth: null, llmDrafting: true } });
    expect(effectivePlan(true, undefined, NOW)).toMatchObject({ planId: 'starter', limits: { clinicians: 2, appointmentsPerMonth: 300, llmDrafting: false } });
  });

  it('gives Pro as many clinicians as seats; canceled drops to starter', () => {
    const pro = { plan: 'pro', subscriptionStatus: 'active', seats: 5, pastDueSince: null };
    expect(effectivePlan(true, pro, NOW)).toMatchObject({ planId: 'pro', limits: { clinicians: 5, appointmentsPerMonth: null } });
    expect(effectivePlan(true, { ...pro, plan: 'starter', subscriptionStatus: 'canceled' }, NOW).planId).toBe('starter');
    expect(effectivePlan(true, { ...pro, subscriptionStatus: 'incomplete' }, NOW).planId).toBe('starter');
  });

  it('keeps Pro for 14 days past due, then starter limits', () => {
    const pastDue = { plan: 'pro', subscriptionStatus: 'past_due', seats: 5, pastDueSince: NOW };
    expect(effectivePlan(true, pastDue, new Date(NOW.getTime() + 14 * DAY - 1))).toMatchObject({ planId: 'pro', pastDue: true });
    expect(effectivePlan(true, pastDue, new Date(NOW.getTime() + 14 * DAY))).toMatchObject({ planId: 'starter', pastDue: true });
  });
});

describe('refunds and fees', () => {
  it('refunds cancellations inside the notice period, and always when the clinic cancels', () => {
    const start = new Date(NOW.getTime() + 24 * 3_600_000);
    expect(refundableCancellation(start, 24, false, NOW)).toBe(true);
    expect(refundableCancellation(start, 25, false, NOW)).toBe(false);
    expect(refundableCancellation(start, 25, true, NOW)).toBe(true);
  });

  it('takes a 3% platform fee, rounded to the minor unit', () => {
    expect([platformFeeMinor(1000), platformFeeMinor(12_000), platformFeeMinor(33)]).toEqual([30, 360, 1]);
  });
});
