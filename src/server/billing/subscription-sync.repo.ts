import type Stripe from 'stripe';
import type { Db } from '@/db/client';
import type { BillingInterval } from '@/config/plans';
import { findClinicBilling, findClinicByStripeRef, upsertClinicBilling } from './billing.repo';

const idOf = (ref: string | { id: string } | null | undefined) => (typeof ref === 'string' ? ref : ref?.id);

/** Whether an event is at least as new as the last one applied (Stripe's `created`, in seconds). */
export const isNotOlder = (eventCreated: number, appliedAt: number | null | undefined) => appliedAt === null || appliedAt === undefined || eventCreated >= appliedAt;

/**
 * Applies a subscription snapshot from customer.subscription.* events. An event older than the newest one
 * applied is ignored, and a canceled subscription never comes back to life.
 */
export async function applySubscription(tx: Db, subscription: Stripe.Subscription, eventCreated: number, deleted: boolean): Promise<string> {
  const customerId = idOf(subscription.customer);
  const clinicId = await findClinicByStripeRef({ clinicId: subscription.metadata?.clinicId, customerId }, tx);
  if (!clinicId) return 'unknown clinic';
  const current = await findClinicBilling(clinicId, tx);
  if (current && !isNotOlder(eventCreated, current.subscriptionEventAt)) return 'older event ignored';
  const sameSubscription = current?.stripeSubscriptionId === subscription.id;
  // Stripe never revives a canceled subscription: an update for it can only be a late or same-second event.
  if (sameSubscription && current?.subscriptionStatus === 'canceled' && !deleted) return 'older event ignored';
  if (!sameSubscription && current?.stripeSubscriptionId && ['active', 'trialing', 'past_due'].includes(current.subscriptionStatus ?? '') && deleted) {
    return 'another subscription is current';
  }
  const status = deleted ? 'canceled' : subscription.status;
  const item = subscription.items?.data?.[0];
  const periodEnd = (item as { current_period_end?: number } | undefined)?.current_period_end ?? (subscription as { current_period_end?: number }).current_period_end;
  const overdue = status === 'past_due' || status === 'unpaid';
  await upsertClinicBilling(
    clinicId,
    {
      plan: status === 'canceled' || status === 'incomplete_expired' ? 'starter' : 'pro',
      stripeSubscriptionId: subscription.id,
      ...(customerId ? { stripeCustomerId: customerId } : {}),
      subscriptionStatus: status,
      seats: item?.quantity ?? null,
      billingInterval: (item?.price?.recurring?.interval as BillingInterval | undefined) ?? null,
      currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
      cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
      pastDueSince: overdue ? (current?.pastDueSince ?? new Date(eventCreated * 1000)) : null,
      subscriptionEventAt: eventCreated,
    },
    tx,
  );
  return `subscription ${status}`;
}

/** invoice.paid / invoice.payment_failed move only between paying and past due, and only forward in time. */
export async function applyInvoice(tx: Db, invoice: Stripe.Invoice, eventCreated: number, paid: boolean): Promise<string> {
  const clinicId = await findClinicByStripeRef({ customerId: idOf(invoice.customer) }, tx);
  if (!clinicId) return 'unknown customer';
  const current = await findClinicBilling(clinicId, tx);
  if (!current?.stripeSubscriptionId || !isNotOlder(eventCreated, current.subscriptionEventAt)) return 'older event ignored';
  if (paid && (current.subscriptionStatus === 'past_due' || current.subscriptionStatus === 'unpaid')) {
    await upsertClinicBilling(clinicId, { subscriptionStatus: 'active', pastDueSince: null, subscriptionEventAt: eventCreated }, tx);
    return 'paid: active again';
  }
  if (!paid && current.subscriptionStatus === 'active') {
    await upsertClinicBilling(clinicId, { subscriptionStatus: 'past_due', pastDueSince: current.pastDueSince ?? new Date(eventCreated * 1000), subscriptionEventAt: eventCreated }, tx);
    return 'payment failed: past due';
  }
  return 'no change';
}

/** Links the customer and subscription a completed subscription Checkout created to the clinic. */
export async function linkCheckoutCustomer(tx: Db, session: Stripe.Checkout.Session): Promise<string> {
  const clinicId = await findClinicByStripeRef({ clinicId: session.metadata?.clinicId ?? session.client_reference_id ?? undefined, customerId: idOf(session.customer) }, tx);
  if (!clinicId) return 'unknown clinic';
  const customerId = idOf(session.customer);
  const current = await findClinicBilling(clinicId, tx);
  await upsertClinicBilling(
    clinicId,
    {
      ...(customerId ? { stripeCustomerId: customerId } : {}),
      // The subscription events carry its state; this only makes sure the id is known even if they came first.
      ...(current?.stripeSubscriptionId ? {} : { stripeSubscriptionId: idOf(session.subscription) ?? null }),
    },
    tx,
  );
  return 'customer linked';
}

/** account.updated: whether the clinic's connected account can take charges, newest event wins. */
export async function applyConnectAccount(tx: Db, account: Stripe.Account, eventCreated: number): Promise<string> {
  const clinicId = await findClinicByStripeRef({ accountId: account.id, clinicId: account.metadata?.clinicId }, tx);
  if (!clinicId) return 'unknown account';
  const current = await findClinicBilling(clinicId, tx);
  if (current?.connectAccountId && current.connectAccountId !== account.id) return 'another account is connected';
  if (!isNotOlder(eventCreated, current?.connectEventAt)) return 'older event ignored';
  await upsertClinicBilling(clinicId, { connectAccountId: account.id, connectChargesEnabled: Boolean(account.charges_enabled), connectEventAt: eventCreated }, tx);
  return account.charges_enabled ? 'charges enabled' : 'charges not enabled';
}
