import { logger } from '@/server/platform/logger';
import { stripeClient } from './stripe-client';
import { expireNextDueHold } from './visit-payments.repo';

const MAX_PER_SWEEP = 100;

/**
 * Releases every hold whose 15 minutes are over: the appointment is cancelled (freeing the slot) in the
 * same transaction that expires the payment. Each hold is claimed with SKIP LOCKED. The Checkout session
 * is then expired at Stripe so it cannot be paid late; if it is paid anyway, the webhook refunds it.
 */
export async function expirePaymentHolds(now = new Date()): Promise<{ expired: number }> {
  let expired = 0;
  while (expired < MAX_PER_SWEEP) {
    const row = await expireNextDueHold(now);
    if (!row) break;
    expired += 1;
    const stripe = stripeClient();
    if (stripe && row.checkoutSessionId) {
      await stripe.checkout.sessions.expire(row.checkoutSessionId).catch((error: unknown) => {
        logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'checkout session not expired at Stripe');
      });
    }
  }
  if (expired > 0) logger().info({ expired }, 'payment holds released');
  return { expired };
}
