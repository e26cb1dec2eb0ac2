import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { visitPaymentIdSchema } from './billing.schemas';
import { findClinicName } from './billing.repo';
import { findConnectAccount } from './patient-payments.repo';
import { requireOwnPatient } from './patient-billing-access';
import { stripeClient } from './stripe-client';
import { findVisitPayment, saveCheckoutSession } from './visit-payments.repo';

/**
 * The patient pays a held visit: Stripe Checkout (payment mode) as a destination charge to the clinic's
 * connected account with the platform's fee. A session already made for the hold is reused.
 */
export async function startVisitPayment(principal: Principal, raw: unknown, baseUrl: string, now = new Date()): Promise<{ url: string }> {
  const { clinicId, patientId } = await requireOwnPatient(principal, 'visit_payment.pay');
  const parsed = visitPaymentIdSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const payment = await findVisitPayment(clinicId, parsed.data.paymentId);
  if (!payment || payment.patientId !== patientId) {
    await recordDenial(principal, { action: 'visit_payment.pay', entityType: 'visit_payment', entityId: parsed.data.paymentId });
    throw notFound('The payment');
  }
  if (payment.status !== 'pending_payment' || payment.holdExpiresAt <= now) {
    throw new AppError('conflict', 'This visit can no longer be paid online: its 15-minute hold has ended. Please book again.');
  }
  if (payment.checkoutUrl) return { url: payment.checkoutUrl };
  const stripe = stripeClient();
  const destination = await findConnectAccount(clinicId);
  if (!stripe || !destination) throw new AppError('conflict', 'The clinic does not take online payments at the moment; pay at the desk.');
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      customer_email: principal.email,
      line_items: [{ quantity: 1, price_data: { currency: payment.currency, unit_amount: payment.amountMinor, product_data: { name: `Visit at ${(await findClinicName(clinicId)) ?? 'your clinic'}` } } }],
      payment_intent_data: { application_fee_amount: payment.platformFeeMinor, transfer_data: { destination }, metadata: { visitPaymentId: payment.id, clinicId } },
      metadata: { visitPaymentId: payment.id, clinicId },
      success_url: `${baseUrl}/patient/payments?paid=${payment.id}`,
      cancel_url: `${baseUrl}/patient/payments`,
    },
    { idempotencyKey: `visit-checkout-${payment.id}` },
  );
  if (!session.url) throw new Error('Checkout session without a URL');
  await saveCheckoutSession(payment.id, session.id, session.url);
  await insertAuditEvent(auditEventOf(principal, { action: 'visit_payment.pay', entityType: 'appointment', entityId: payment.appointmentId }, 'allowed'));
  return { url: session.url };
}
