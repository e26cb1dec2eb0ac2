import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canManageBilling, effectivePlan, type EffectivePlan } from './billing.policy';
import { billingSummarySchema, type BillingSummary } from './billing.schemas';
import { countClinicianSeats, findClinicBilling, type ClinicBillingRow } from './billing.repo';
import { billingEnabled } from './stripe-client';

export interface BillingOverview {
  summary: BillingSummary;
  effective: EffectivePlan;
  hasCustomer: boolean;
  connect: { connected: boolean; chargesEnabled: boolean; requirePaymentAtBooking: boolean };
}

/** The clinic admin's view of the subscription; anyone else (another clinic, another role) gets 404. */
export async function getBillingOverview(principal: Principal, clinicId: string, now = new Date()): Promise<BillingOverview> {
  if (!canManageBilling(principal, clinicId)) {
    await recordDenial(principal, { action: 'billing.read', entityType: 'clinic', entityId: /^[0-9a-f-]{36}$/i.test(clinicId) ? clinicId : null });
    throw notFound('The clinic');
  }
  const enabled = billingEnabled();
  const row: ClinicBillingRow | undefined = enabled ? await findClinicBilling(clinicId) : undefined;
  const effective = effectivePlan(enabled, row, now);
  const summary = billingSummarySchema.parse({
    enabled,
    plan: effective.planId,
    status: row?.subscriptionStatus ?? null,
    seats: effective.planId === 'pro' ? (row?.seats ?? null) : effective.limits.clinicians,
    seatsUsed: await countClinicianSeats(clinicId, now),
    currentPeriodEnd: row?.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: row?.cancelAtPeriodEnd ?? false,
  });
  return {
    summary,
    effective,
    hasCustomer: Boolean(row?.stripeCustomerId),
    connect: { connected: Boolean(row?.connectAccountId), chargesEnabled: row?.connectChargesEnabled ?? false, requirePaymentAtBooking: row?.requirePaymentAtBooking ?? false },
  };
}

export async function getBillingSummary(principal: Principal, clinicId: string): Promise<BillingSummary> {
  return (await getBillingOverview(principal, clinicId)).summary;
}
