import type { Db } from '../client';
import { clinicBilling } from '../schema/billing';
import { stableUuid } from './stable-id';

/**
 * Riverside, the showcase clinic, is on Pro (10 seats, a year ahead) so every feature can be tried once Stripe
 * is switched on; Harbor stays on Starter, to show the limits and the upgrade. No Stripe ids: it is a demo
 * plan, not a Stripe subscription, so the customer portal is not offered for it. Without Stripe, billing is
 * off and this row is ignored.
 */
export async function seedDemoBilling(db: Db, today: Date): Promise<void> {
  await db
    .insert(clinicBilling)
    .values({
      clinicId: stableUuid('clinic:riverside'),
      plan: 'pro',
      billingInterval: 'year',
      subscriptionStatus: 'active',
      seats: 10,
      currentPeriodEnd: new Date(today.getTime() + 365 * 86_400_000),
    })
    .onConflictDoNothing();
}
