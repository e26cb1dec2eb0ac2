import { z } from 'zod';

/** GET /api/v1/clinics/{clinicId}/billing, exactly as published. */
export const billingSummarySchema = z.object({
  enabled: z.boolean(),
  plan: z.enum(['local', 'starter', 'pro']),
  status: z.string().nullable(),
  seats: z.number().int().nullable(),
  seatsUsed: z.number().int(),
  currentPeriodEnd: z.iso.datetime().nullable(),
  cancelAtPeriodEnd: z.boolean(),
});
export type BillingSummary = z.infer<typeof billingSummarySchema>;

export const startCheckoutSchema = z.object({
  interval: z.enum(['month', 'year'], { message: 'Choose monthly or yearly billing.' }),
  seats: z.coerce.number({ message: 'Enter a number of seats.' }).int('Seats must be a whole number.').min(1, 'At least 1 seat.').max(500, 'At most 500 seats; contact us for more.'),
});

export const paymentSettingsSchema = z.object({
  requirePaymentAtBooking: z.boolean(),
});

export const visitPaymentIdSchema = z.object({ paymentId: z.uuid({ message: 'Unknown payment.' }) });

/** One row of the patient's payments screen. */
export const patientPaymentSchema = z.object({
  id: z.string(),
  status: z.enum(['pending_payment', 'paid', 'expired', 'refunded', 'cancelled']),
  amount: z.string(),
  visitTypeName: z.string(),
  /** The clinic's time zone: visit times are shown as the clinic's clock. */
  timeZone: z.string(),
  startsAt: z.string(),
  holdExpiresAt: z.string(),
  paidAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
});
export type PatientPayment = z.infer<typeof patientPaymentSchema>;
