import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, primaryKey, smallint, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics, visitTypes } from './clinics';
import { createdAt, id, updatedAt } from './columns';
import { patients } from './patients';

export const appointmentStatusEnum = pgEnum('appointment_status', [
  'booked',
  'arrived',
  'completed',
  'cancelled',
  'no_show',
]);

const clinicRef = () =>
  uuid('clinic_id')
    .notNull()
    .references(() => clinics.id, { onDelete: 'cascade' });
const clinicianRef = () =>
  uuid('clinician_user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * A visit. blocked_from/blocked_until is the visit widened by its visit type's buffers: the time the clinician
 * cannot give to anyone else. The migration adds an exclusion constraint (btree_gist) over clinician and that
 * range for every appointment that is not cancelled, so the database, not application code, refuses a double
 * booking however many requests race for one slot.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    clinicianUserId: uuid('clinician_user_id')
      .notNull()
      .references(() => users.id),
    visitTypeId: uuid('visit_type_id')
      .notNull()
      .references(() => visitTypes.id),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    blockedFrom: timestamp('blocked_from', { withTimezone: true, mode: 'date' }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'date' }).notNull(),
    status: appointmentStatusEnum('status').notNull().default('booked'),
    reason: text('reason'),
    /** Who made the booking (the patient themself or a staff member); null for seeded history. */
    bookedByUserId: uuid('booked_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    cancelledByUserId: uuid('cancelled_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('appointments_clinician_time_idx').on(t.clinicId, t.clinicianUserId, t.startsAt),
    index('appointments_patient_idx').on(t.clinicId, t.patientId, t.startsAt),
    index('appointments_clinic_time_idx').on(t.clinicId, t.startsAt),
    check('appointments_time_order', sql`${t.startsAt} < ${t.endsAt} AND ${t.blockedFrom} <= ${t.startsAt} AND ${t.endsAt} <= ${t.blockedUntil}`),
  ],
);

/** Weekly working hours of a clinician at a clinic, in the clinic's local time; weekday 0 = Sunday ... 6 = Saturday. Several rows a day allow a lunch break. */
export const workingHours = pgTable(
  'working_hours',
  {
    id: id(),
    clinicId: clinicRef(),
    clinicianUserId: clinicianRef(),
    weekday: smallint('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
  },
  (t) => [
    index('working_hours_clinician_idx').on(t.clinicId, t.clinicianUserId, t.weekday),
    check('working_hours_weekday', sql`${t.weekday} BETWEEN 0 AND 6`),
    check('working_hours_order', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/**
 * Time a clinician is away (holiday, time off, training), as absolute instants. The migration adds an
 * exclusion constraint so a clinician's exceptions never overlap.
 */
export const scheduleExceptions = pgTable(
  'schedule_exceptions',
  {
    id: id(),
    clinicId: clinicRef(),
    clinicianUserId: clinicianRef(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('schedule_exceptions_clinician_idx').on(t.clinicId, t.clinicianUserId, t.startsAt),
    check('schedule_exceptions_order', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** Which visit types a clinician offers at a clinic. */
export const clinicianVisitTypes = pgTable(
  'clinician_visit_types',
  {
    clinicId: clinicRef(),
    clinicianUserId: clinicianRef(),
    visitTypeId: uuid('visit_type_id')
      .notNull()
      .references(() => visitTypes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clinicId, t.clinicianUserId, t.visitTypeId] })],
);

export const waitlistStatusEnum = pgEnum('waitlist_status', ['waiting', 'offered', 'booked', 'removed']);

/** Patients waiting for an earlier or any slot; freed slots are offered to them in order. */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    visitTypeId: uuid('visit_type_id')
      .notNull()
      .references(() => visitTypes.id, { onDelete: 'cascade' }),
    /** Null: any clinician who offers the visit type. */
    clinicianUserId: uuid('clinician_user_id').references(() => users.id, { onDelete: 'cascade' }),
    notBefore: date('not_before', { mode: 'string' }).notNull(),
    notAfter: date('not_after', { mode: 'string' }).notNull(),
    note: text('note'),
    status: waitlistStatusEnum('status').notNull().default('waiting'),
    offeredStart: timestamp('offered_start', { withTimezone: true, mode: 'date' }),
    offeredClinicianUserId: uuid('offered_clinician_user_id').references(() => users.id, { onDelete: 'set null' }),
    offeredAt: timestamp('offered_at', { withTimezone: true, mode: 'date' }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('waitlist_entries_clinic_idx').on(t.clinicId, t.status, t.createdAt),
    check('waitlist_entries_window', sql`${t.notBefore} <= ${t.notAfter}`),
  ],
);

/** A clinician's private calendar feed; the URL carries a random token of which only the hash is kept. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    clinicId: clinicRef(),
    clinicianUserId: clinicianRef(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash), index('calendar_feeds_clinician_idx').on(t.clinicId, t.clinicianUserId)],
);
