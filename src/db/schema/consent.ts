import { bigint, boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** given / changed / withdrawn come from the person; linked records that a device's choice joined an account at sign-in. */
export const consentActionEnum = pgEnum('consent_action', ['given', 'changed', 'withdrawn', 'linked']);
export const consentSurfaceEnum = pgEnum('consent_surface', ['banner', 'settings', 'sign_in']);

type Categories = { necessary: boolean; functional: boolean; analytics: boolean };

/**
 * Every cookie choice, in order, clinic-independent. No IP address and no health data. Append-only: the
 * migration adds triggers that refuse UPDATE, DELETE and TRUNCATE, and each row carries the hash of the row
 * before it and its own hash over its content, so an edit or a removal anywhere is found by verification.
 * user_id has no foreign key on purpose: a consent record must outlive the account it was linked to.
 */
export const consentLog = pgTable(
  'consent_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    consentId: uuid('consent_id').notNull(),
    userId: uuid('user_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    action: consentActionEnum('action').notNull(),
    categoriesBefore: jsonb('categories_before').$type<Categories>(),
    categoriesAfter: jsonb('categories_after').$type<Categories>().notNull(),
    policyVersion: text('policy_version').notNull(),
    surface: consentSurfaceEnum('surface').notNull(),
    gpc: boolean('gpc').notNull(),
    locale: text('locale'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    // One successor per row: two appends racing on the same predecessor cannot both commit (no forked chain).
    uniqueIndex('consent_log_prev_hash_idx').on(t.prevHash),
    uniqueIndex('consent_log_hash_idx').on(t.hash),
    index('consent_log_consent_idx').on(t.consentId, t.seq),
    index('consent_log_user_idx').on(t.userId, t.seq),
  ],
);
