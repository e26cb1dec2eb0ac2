import { logger } from '@/server/platform/logger';
import { refundableCancellation } from './billing.policy';
import { cancelPendingPayment, findPaymentOfAppointment, markRefunded } from './visit-payments.repo';
import { stripeClient } from './stripe-client';

/**
 * A refund to the patient that also takes back the transfer to the clinic and the platform's fee
 * (destination charge). Idempotency key per payment intent: a second call never refunds twice.
 */
async function refund(paymentIntentId: string): Promise<boolean> {
  const stripe = stripeClient();
  if (!stripe) return false;
  await stripe.refunds.create(
    { payment_intent: paymentIntentId, reverse_transfer: true, refund_application_fee: true },
    { idempotencyKey: `refund-${paymentIntentId}` },
  );
  return true;
}

/** A payment that completed after its hold expired (the slot is gone): give the money back. */
export async function refundLatePayment(paymentIntentId: string): Promise<void> {
  await refund(paymentIntentId);
}

/**
 * Called when an appointment is cancelled. A hold not yet paid simply ends; a paid visit cancelled inside
 * the clinic's policy (or by the clinic) is refunded at once; the charge.refunded webhook confirms it.
 */
export async function settleCancelledVisit(
  visit: { clinicId: string; appointmentId: string; startsAt: Date; cancellationNoticeHours: number; byStaff: boolean },
  now = new Date(),
): Promise<'none' | 'released' | 'refunded' | 'kept'> {
  const payment = await findPaymentOfAppointment(visit.clinicId, visit.appointmentId);
  if (!payment) return 'none';
  if (payment.status === 'pending_payment') {
    await cancelPendingPayment(payment.id, now);
    return 'released';
  }
  if (payment.status !== 'paid' || !payment.paymentIntentId) return 'none';
  if (!refundableCancellation(visit.startsAt, visit.cancellationNoticeHours, visit.byStaff, now)) return 'kept';
  try {
    if (await refund(payment.paymentIntentId)) await markRefunded(payment.paymentIntentId, now);
    return 'refunded';
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'visit refund failed; refund it from the Stripe dashboard');
    return 'kept';
  }
}
