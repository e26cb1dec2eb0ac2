import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** People who can sign in. Column names follow what @auth/drizzle-adapter expects. */
export const users = pgTable(
  'users',
  {
    id: id(),
    name: text('name'),
    email: text('email').notNull().unique(),
    emailVerified: timestamp('email_verified', { withTimezone: true, mode: 'date' }),
    image: text('image'),
    /** Argon2id PHC string; null for accounts that only sign in with Google. */
    passwordHash: text('password_hash'),
    /** Sessions issued before this instant are refused (sign-out, password change, "sign out everywhere"). */
    sessionsValidAfter: timestamp('sessions_valid_after', { withTimezone: true, mode: 'date' }),
    timeZone: text('time_zone'),
    createdAt: createdAt(),
  },
  // The platform overview's sign-ups per day read the last 30 days, not every account.
  (t) => [index('users_created_idx').on(t.createdAt)],
);

/** Linked external identities (Google), as Auth.js stores them. */
export const accounts = pgTable(
  'accounts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/** Single-use email verification and password reset tokens (stored hashed). */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Failed password sign-ins, counted per (account, IP) and per IP. The account is kept as a
 * keyed hash of the normalised email so the table holds no address. Shared by every app instance.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: id(),
    accountKey: text('account_key').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_account_ip_idx').on(t.accountKey, t.ip, t.at), index('sign_in_failures_ip_idx').on(t.ip, t.at)],
);

/** An active refusal: "account:<key>|ip:<ip>" or "ip:<ip>", until a time. */
export const signInLocks = pgTable('sign_in_locks', {
  lockKey: text('lock_key').primaryKey(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Sessions signed out before their expiry. A JWT cannot be recalled, so its id is refused instead. */
export const revokedSessions = pgTable('revoked_sessions', {
  sessionId: text('session_id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** When the token would have expired anyway; rows past it can be deleted. */
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * Personal API tokens for the JSON API (`Authorization: Bearer ...`). Only a hash of the token is kept; the
 * token acts as its owner with the same guards as the screens, in the clinic and role it was created for.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    clinicId: uuid('clinic_id'),
    role: text('role').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
