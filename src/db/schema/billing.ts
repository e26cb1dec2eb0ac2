import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clinics } from './clinics';
import { createdAt, id, updatedAt } from './columns';
import { patients } from './patients';
import { appointments } from './scheduling';

/**
 * A clinic's subscription and payment settings, one row per clinic, created on first use. No row means the
 * starter plan (when Stripe is on). The subscription fields mirror Stripe and are written only by webhooks;
 * `subscriptionEventAt` is the `created` time of the newest event applied, so an older event arriving late
 * never moves the row back.
 */
export const clinicBilling = pgTable(
  'clinic_billing',
  {
    clinicId: uuid('clinic_id')
      .primaryKey()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    plan: text('plan').notNull().default('starter'),
    billingInterval: text('billing_interval'),
    stripeCustomerId: text('stripe_customer_id'),
    stripeSubscriptionId: text('stripe_subscription_id'),
    subscriptionStatus: text('subscription_status'),
    seats: integer('seats'),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true, mode: 'date' }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** When the subscription first became past due (cleared when paid): the 14-day grace counts from here. */
    pastDueSince: timestamp('past_due_since', { withTimezone: true, mode: 'date' }),
    subscriptionEventAt: bigint('subscription_event_at', { mode: 'number' }),
    connectAccountId: text('connect_account_id'),
    connectChargesEnabled: boolean('connect_charges_enabled').notNull().default(false),
    connectEventAt: bigint('connect_event_at', { mode: 'number' }),
    /** Patients pay online when they book (only offered while the connected account can take charges). */
    requirePaymentAtBooking: boolean('require_payment_at_booking').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('clinic_billing_customer_idx').on(t.stripeCustomerId),
    uniqueIndex('clinic_billing_connect_idx').on(t.connectAccountId),
    check('clinic_billing_plan', sql`${t.plan} IN ('starter', 'pro')`),
  ],
);

/** Every Stripe event applied, recorded in the transaction of its effect: a redelivery finds its id and changes nothing. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const visitPaymentStatusEnum = pgEnum('visit_payment_status', ['pending_payment', 'paid', 'expired', 'refunded', 'cancelled']);

/**
 * The payment of one visit. While pending_payment the appointment holds its slot until hold_expires_at;
 * the expiry sweep then cancels the appointment (freeing the slot for the exclusion constraint).
 */
export const visitPayments = pgTable(
  'visit_payments',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    status: visitPaymentStatusEnum('status').notNull().default('pending_payment'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    platformFeeMinor: integer('platform_fee_minor').notNull(),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    checkoutSessionId: text('checkout_session_id'),
    checkoutUrl: text('checkout_url'),
    paymentIntentId: text('payment_intent_id'),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    refundedAt: timestamp('refunded_at', { withTimezone: true, mode: 'date' }),
    receiptSentAt: timestamp('receipt_sent_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('visit_payments_appointment_idx').on(t.appointmentId),
    uniqueIndex('visit_payments_session_idx').on(t.checkoutSessionId),
    index('visit_payments_patient_idx').on(t.clinicId, t.patientId, t.createdAt),
    index('visit_payments_hold_idx').on(t.status, t.holdExpiresAt),
    check('visit_payments_amount', sql`${t.amountMinor} > 0 AND ${t.platformFeeMinor} >= 0`),
  ],
);
