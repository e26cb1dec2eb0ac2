import { PAYMENT_HOLD_MINUTES, platformFeeMinor } from '@/config/plans';
import { findClinicBilling } from './billing.repo';
import { billingEnabled } from './stripe-client';
import { findVisitPrice, insertVisitPayment } from './visit-payments.repo';

export interface BookedVisit {
  clinicId: string;
  appointmentId: string;
  patientId: string;
  visitTypeId: string;
  /** Only a patient's own online booking is held for payment; the front desk takes payment in person. */
  byPatient: boolean;
}

/**
 * After a booking: when the clinic requires payment at booking, can take charges, and the visit has a
 * price, the appointment holds its slot for 15 minutes awaiting payment. Returns the payment id and the end of
 * the hold, or null when the visit is paid at the desk.
 */
export async function holdVisitPaymentIfRequired(visit: BookedVisit, now = new Date()): Promise<{ paymentId: string; holdExpiresAt: Date } | null> {
  if (!visit.byPatient || !billingEnabled()) return null;
  const settings = await findClinicBilling(visit.clinicId);
  if (!settings?.requirePaymentAtBooking || !settings.connectChargesEnabled || !settings.connectAccountId) return null;
  const price = await findVisitPrice(visit.clinicId, visit.visitTypeId);
  if (!price || price.priceMinor <= 0) return null;
  const holdExpiresAt = new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000);
  const paymentId = await insertVisitPayment({
    clinicId: visit.clinicId,
    appointmentId: visit.appointmentId,
    patientId: visit.patientId,
    amountMinor: price.priceMinor,
    currency: price.currency.toLowerCase(),
    platformFeeMinor: platformFeeMinor(price.priceMinor),
    holdExpiresAt,
  });
  return { paymentId, holdExpiresAt };
}
