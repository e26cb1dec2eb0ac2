import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';

export const auditOutcomeEnum = pgEnum('audit_outcome', ['allowed', 'denied', 'error']);

/**
 * Append-only record of who did what to which record. No patient data in it:
 * only ids, the action name and the outcome.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    clinicId: uuid('clinic_id'),
    actorUserId: uuid('actor_user_id'),
    actingRole: text('acting_role'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('audit_events_clinic_at_idx').on(t.clinicId, t.at)],
);
