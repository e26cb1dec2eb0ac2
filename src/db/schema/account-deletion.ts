import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clinics } from './clinics';
import { id } from './columns';
import { patients } from './patients';

/**
 * A person's request to erase their account, with its 14-day grace period. user_id has no foreign key on
 * purpose: the request row outlives the account as the record that the erasure happened. notify_email is
 * kept only until the confirmation is sent, then cleared.
 */
export const accountDeletionRequests = pgTable(
  'account_deletion_requests',
  {
    id: id(),
    userId: uuid('user_id').notNull(),
    notifyEmail: text('notify_email'),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    eraseAfter: timestamp('erase_after', { withTimezone: true, mode: 'date' }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    erasedAt: timestamp('erased_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    // At most one pending request per person.
    uniqueIndex('account_deletion_requests_pending_idx').on(t.userId).where(sql`${t.cancelledAt} IS NULL AND ${t.erasedAt} IS NULL`),
    index('account_deletion_requests_due_idx').on(t.eraseAfter).where(sql`${t.cancelledAt} IS NULL AND ${t.erasedAt} IS NULL`),
  ],
);

/**
 * Clinical records a clinic must legally keep after the person they describe erased their account: the
 * record stays with the clinic, unlinked from any sign-in, and is marked here with why it was kept.
 */
export const retainedPatientRecords = pgTable('retained_patient_records', {
  patientId: uuid('patient_id')
    .primaryKey()
    .references(() => patients.id, { onDelete: 'cascade' }),
  clinicId: uuid('clinic_id')
    .notNull()
    .references(() => clinics.id, { onDelete: 'cascade' }),
  reason: text('reason').notNull(),
  retainedAt: timestamp('retained_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
