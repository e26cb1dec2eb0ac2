import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics } from './clinics';
import { createdAt, id } from './columns';

/**
 * Mail that was not sent over SMTP (none configured) waits here for the platform admin to
 * read. Messages never carry clinical content: only links and notices.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);

const userRef = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * Delivery jobs (in-app notices, emails, visit reminders). A worker claims due rows with FOR UPDATE SKIP LOCKED and
 * a lease; `dedupe_key` is unique, so the same event enqueued twice (two instances, a retried request, the reminder
 * sweep running everywhere) is one job. Text is rendered when the job is enqueued and never carries clinical content.
 */
export const notificationJobs = pgTable(
  'notification_jobs',
  {
    id: id(),
    dedupeKey: text('dedupe_key').notNull(),
    channel: text('channel', { enum: ['in_app', 'email'] }).notNull(),
    event: text('event').notNull(),
    userId: userRef(),
    clinicId: uuid('clinic_id').references(() => clinics.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'skipped', 'dead'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    lockedBy: text('locked_by'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notification_jobs_dedupe_idx').on(t.dedupeKey),
    index('notification_jobs_due_idx').on(t.runAt).where(sql`${t.status} IN ('pending', 'sending')`),
    // The platform overview counts recent dead jobs; few jobs die, so this stays small while the table grows.
    index('notification_jobs_dead_idx').on(t.runAt).where(sql`${t.status} = 'dead'`),
  ],
);

/** The in-app notification centre: one row per person and notice. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: userRef(),
    clinicId: uuid('clinic_id').references(() => clinics.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** The job that delivered it: unique, so a job retried after a crash never shows twice. */
    jobId: uuid('job_id'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_user_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    uniqueIndex('notifications_job_idx').on(t.jobId),
  ],
);

/** Per person, event and channel: a row only where the person changed the default (everything on). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: userRef(),
    event: text('event').notNull(),
    channel: text('channel', { enum: ['in_app', 'email'] }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.event, t.channel] })],
);

/** A person's dashboard layout per role: widget order and the hidden ones. */
export const dashboardSettings = pgTable(
  'dashboard_settings',
  {
    userId: userRef(),
    role: text('role').notNull(),
    layout: jsonb('layout').$type<{ order: string[]; hidden: string[] }>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/**
 * Devices a person has signed in from, for the "new sign-in" notice. A device is the pair (browser family and
 * operating system, coarse network: IPv4 /16 or IPv6 /32), kept only as a keyed hash (HMAC with the platform's
 * secret), so the table holds neither the address nor the browser; no cookie is involved.
 */
export const signInDevices = pgTable(
  'sign_in_devices',
  {
    userId: userRef(),
    deviceKey: text('device_key').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceKey] })],
);
