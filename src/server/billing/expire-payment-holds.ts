import { sendMail } from '@/server/notifications/mailer';
import { logger } from '@/server/platform/logger';
import { stripeClient } from './stripe-client';
import { expireNextDueHold, receiptAddressOf } from './visit-payments.repo';

/** Tells the patient their unpaid visit was released, so a booking confirmation is never the last word. */
async function tellPatient(paymentId: string): Promise<void> {
  const visit = await receiptAddressOf(paymentId);
  if (!visit?.email) return;
  await sendMail({
    to: visit.email,
    subject: 'Your visit was not confirmed',
    text: [
      `Your ${visit.visitTypeName} at ${visit.clinicName} was held for 15 minutes for payment, and no payment arrived, so the time has been released.`,
      '',
      'Nothing was charged. You are welcome to book again when you sign in.',
    ].join('\n'),
  });
}

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
    await tellPatient(row.id).catch((error: unknown) => {
      logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'hold release notice not sent');
    });
  }
  if (expired > 0) logger().info({ expired }, 'payment holds released');
  return { expired };
}
