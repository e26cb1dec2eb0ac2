import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics, visitTypes } from './clinics';
import { createdAt, id } from './columns';
import { patients } from './patients';

export const appointmentStatusEnum = pgEnum('appointment_status', [
  'booked',
  'arrived',
  'completed',
  'cancelled',
  'no_show',
]);

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
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
    status: appointmentStatusEnum('status').notNull().default('booked'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('appointments_clinician_time_idx').on(t.clinicId, t.clinicianUserId, t.startsAt),
    index('appointments_patient_idx').on(t.clinicId, t.patientId, t.startsAt),
  ],
);
