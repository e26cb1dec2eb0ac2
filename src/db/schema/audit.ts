import { bigint, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';

export const auditOutcomeEnum = pgEnum('audit_outcome', ['allowed', 'denied', 'error']);

/**
 * Append-only record of who did what to which record. No patient data in it: only ids, the action name,
 * the outcome and the request id. The migration adds a trigger that, per clinic, takes a transaction lock,
 * numbers the row (seq) and computes its hash over its content and the previous row's hash in the same
 * clinic (prev_hash), and triggers that refuse UPDATE, DELETE and TRUNCATE. The application never supplies
 * seq, prev_hash or hash; whatever it passes is overwritten.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    // seq, prev_hash and hash are always set by the insert trigger; the defaults only satisfy NOT NULL before it runs.
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    clinicId: uuid('clinic_id'),
    actorUserId: uuid('actor_user_id'),
    actingRole: text('acting_role'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    requestId: text('request_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_events_clinic_at_idx').on(t.clinicId, t.at),
    uniqueIndex('audit_events_seq_idx').on(t.seq),
    index('audit_events_clinic_seq_idx').on(t.clinicId, t.seq),
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.at),
  ],
);
