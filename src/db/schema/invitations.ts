import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics, roleEnum } from './clinics';
import { createdAt, id } from './columns';

/**
 * An invitation to join a clinic's staff in one role. Its own table (not verification_tokens)
 * because it carries the clinic and the role, and because the admin lists it afterwards.
 * The link's token is stored only as its SHA-256 hash. Status is derived: accepted, revoked,
 * expired (expires_at passed) or pending.
 */
export const staffInvitations = pgTable(
  'staff_invitations',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    /** Normalised (trimmed, lower case): the account that joins must have exactly this address. */
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: uuid('invited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    acceptedByUserId: uuid('accepted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [index('staff_invitations_clinic_created_idx').on(t.clinicId, t.createdAt), index('staff_invitations_clinic_email_idx').on(t.clinicId, t.email)],
);
