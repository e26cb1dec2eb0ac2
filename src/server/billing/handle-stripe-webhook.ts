import type Stripe from 'stripe';
import { env } from '@/config/env';
import { logger } from '@/server/platform/logger';
import { processStripeEventOnce } from './stripe-events.repo';
import { applyEvent, type AfterCommit } from './stripe-event-effects.repo';
import { sendVisitMail } from '@/server/scheduling/send-booking-confirmation';
import { sendVisitReceipt } from './send-visit-receipt';
import { paidVisitOf } from './visit-payments.repo';
import { refundLatePayment } from './refund-visit-payment';
import { verifyStripeEvent } from './stripe-client';

export type WebhookOutcome = { status: 200; body: { received: true; duplicate?: boolean } } | { status: 400 | 503; body: { error: { code: string; message: string } } };

/**
 * POST /api/webhooks/stripe: verify the signature over the raw body, then apply the event exactly once.
 * 400 for a missing or bad signature (Stripe shows it as a failed delivery); a failure while applying
 * answers 500 through the route so Stripe retries, and the rolled-back event id lets the retry through.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null, now = new Date()): Promise<WebhookOutcome> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { error: { code: 'billing_off', message: 'Stripe is not configured on this platform.' } } };
  let event: Stripe.Event;
  try {
    event = verifyStripeEvent(rawBody, signature, secret);
  } catch {
    logger().warn({ route: '/api/webhooks/stripe' }, 'stripe webhook refused: bad or missing signature');
    return { status: 400, body: { error: { code: 'bad_signature', message: 'The Stripe signature is missing, invalid or too old.' } } };
  }
  const outcome = await processStripeEventOnce(event, (tx) => applyEvent(tx, event, now));
  if (outcome.duplicate) {
    logger().info({ eventId: event.id, type: event.type }, 'stripe event already processed');
    return { status: 200, body: { received: true, duplicate: true } };
  }
  logger().info({ eventId: event.id, type: event.type, note: outcome.result.note }, 'stripe event processed');
  await runAfterCommit(outcome.result.after, now);
  return { status: 200, body: { received: true } };
}

async function runAfterCommit(after: AfterCommit, now: Date): Promise<void> {
  try {
    if (after.receipt) {
      await sendVisitReceipt(after.receipt, now);
      // The visit was held until paid: now it is confirmed, with its calendar file.
      const visit = await paidVisitOf(after.receipt);
      if (visit) await sendVisitMail('booked', visit, now);
    }
    if (after.refund) await refundLatePayment(after.refund.paymentIntentId);
  } catch (error) {
    // The event's effect is committed; a failed mail or refund call is logged for the operator, not retried by Stripe.
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'stripe event follow-up failed');
  }
}
