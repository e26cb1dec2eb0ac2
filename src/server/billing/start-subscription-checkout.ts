import { AppError, validationFailed } from '@/lib/errors';
import { proPriceLookupKeys } from '@/config/plans';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireBillingAdmin } from './billing-access';
import { startCheckoutSchema } from './billing.schemas';
import { findClinicBilling, findClinicName } from './billing.repo';
import { ensureCustomer } from './ensure-customer';

/**
 * Starts Stripe Checkout (subscription mode) for Pro seats and returns the hosted page's URL to redirect
 * to. The subscription's state arrives later by webhook; nothing changes here until it does.
 */
export async function startSubscriptionCheckout(principal: Principal, raw: unknown, baseUrl: string): Promise<{ url: string }> {
  const { clinicId, stripe } = await requireBillingAdmin(principal, 'billing.checkout');
  const parsed = startCheckoutSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const current = await findClinicBilling(clinicId);
  if (current?.plan === 'pro' && ['active', 'trialing', 'past_due'].includes(current.subscriptionStatus ?? '')) {
    throw new AppError('conflict', 'This clinic already has a subscription: change seats or plan in the customer portal.');
  }
  const lookupKey = proPriceLookupKeys[parsed.data.interval];
  const prices = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const price = prices.data[0];
  if (!price) throw new AppError('conflict', `Stripe has no active price with lookup key ${lookupKey}; see the README's Stripe set-up.`);
  const customerId = await ensureCustomer(stripe, clinicId, current?.stripeCustomerId ?? null, await findClinicName(clinicId));
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customerId,
    client_reference_id: clinicId,
    line_items: [{ price: price.id, quantity: parsed.data.seats }],
    subscription_data: { metadata: { clinicId } },
    metadata: { clinicId },
    success_url: `${baseUrl}/admin/billing?checkout=success`,
    cancel_url: `${baseUrl}/admin/billing?checkout=cancelled`,
  });
  if (!session.url) throw new Error('Checkout session without a URL');
  await insertAuditEvent(auditEventOf(principal, { action: 'billing.checkout', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return { url: session.url };
}

