import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, smallint, text, time, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, updatedAt } from './columns';

export const roleEnum = pgEnum('role', ['patient', 'clinician', 'clinic_admin', 'platform_admin']);
export const membershipStatusEnum = pgEnum('membership_status', ['active', 'deactivated']);
export const visitModeEnum = pgEnum('visit_mode', ['in_person', 'video']);

export const clinics = pgTable('clinics', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** IANA time zone; every schedule of the clinic is computed in it. */
  timeZone: text('time_zone').notNull(),
  addressLine: text('address_line'),
  city: text('city'),
  region: text('region'),
  postalCode: text('postal_code'),
  country: text('country').notNull(),
  phone: text('phone'),
  /** Patients may cancel or reschedule online until this many hours before the visit; later, they contact the clinic. */
  cancellationNoticeHours: integer('cancellation_notice_hours').notNull().default(24),
  /** Available slots start on this grid (minutes past the hour, in the clinic's time zone). */
  slotStepMinutes: integer('slot_step_minutes').notNull().default(15),
  /** How far ahead patients may book. */
  bookingHorizonDays: integer('booking_horizon_days').notNull().default(90),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A user's role in a clinic. platform_admin memberships have no clinic. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id').references(() => clinics.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    status: membershipStatusEnum('status').notNull().default('active'),
    title: text('title'),
    /** When the membership was deactivated; the person's past work stays attributed to them. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('memberships_user_clinic_role').on(t.userId, t.clinicId, t.role).nullsNotDistinct(),
    // A clinic's staff without walking its patients' memberships (clinic admin dashboard, staff by role).
    index('memberships_clinic_staff_idx').on(t.clinicId, t.role, t.status).where(sql`${t.role} <> 'patient'`),
  ],
);

export const visitTypes = pgTable(
  'visit_types',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: visitModeEnum('mode').notNull(),
    /** Minor units (cents, pence) in the clinic's currency. */
    priceMinor: integer('price_minor').notNull(),
    currency: text('currency').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [unique('visit_types_clinic_name').on(t.clinicId, t.name)],
);

/** Weekly opening hours in the clinic's local time; weekday 0 = Sunday ... 6 = Saturday. */
export const openingHours = pgTable(
  'opening_hours',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
  },
  (t) => [unique('opening_hours_clinic_weekday').on(t.clinicId, t.weekday)],
);
