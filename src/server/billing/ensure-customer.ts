import type Stripe from 'stripe';
import { upsertClinicBilling } from './billing.repo';

/** The clinic's Stripe customer, created once (the idempotency key stops a double click creating two). */
export async function ensureCustomer(stripe: Stripe, clinicId: string, existing: string | null, clinicName: string | undefined): Promise<string> {
  if (existing) return existing;
  const customer = await stripe.customers.create({ name: clinicName, metadata: { clinicId } }, { idempotencyKey: `customer-${clinicId}` });
  await upsertClinicBilling(clinicId, { stripeCustomerId: customer.id });
  return customer.id;
}
