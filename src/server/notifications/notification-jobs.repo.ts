import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { notificationJobs, notificationPreferences, notifications } from '@/db/schema/notifications';

/** A database or an open transaction, for callers outside the repos (which may not import the database). */
export type Executor = Db;

export type NewJob = typeof notificationJobs.$inferInsert;
export type JobRow = typeof notificationJobs.$inferSelect;

/** The executor a caller hands in (a transaction, or another instance's pool in tests), else this process's database. */
export async function executor(given?: Db): Promise<Db> {
  return given ?? (await db());
}

/** Inserts jobs; one whose dedupe key already exists is the same event again and is left alone. */
export async function insertJobs(rows: NewJob[], given?: Db): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await (await executor(given)).insert(notificationJobs).values(rows).onConflictDoNothing({ target: notificationJobs.dedupeKey }).returning({ id: notificationJobs.id });
  return inserted.length;
}

/**
 * Claims up to `limit` due jobs for one worker: pending ones whose time has come, and claimed ones whose lease ran
 * out (their worker died between claim and completion). SKIP LOCKED lets concurrent workers take disjoint rows;
 * the claim commits before anything is sent, so no transaction stays open during SMTP.
 */
export async function claimDueJobs(workerId: string, now: Date, leaseUntil: Date, limit: number, given?: Db): Promise<JobRow[]> {
  return (await executor(given)).transaction(async (tx) => {
    const due = await tx
      .select({ id: notificationJobs.id })
      .from(notificationJobs)
      .where(
        or(
          and(eq(notificationJobs.status, 'pending'), lte(notificationJobs.runAt, now)),
          and(eq(notificationJobs.status, 'sending'), lte(notificationJobs.leaseUntil, now)),
        ),
      )
      .orderBy(asc(notificationJobs.runAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(notificationJobs)
      .set({ status: 'sending', lockedBy: workerId, leaseUntil, attempts: sql`${notificationJobs.attempts} + 1` })
      .where(inArray(notificationJobs.id, due.map((row) => row.id)))
      .returning();
  });
}

/** Marks a claimed job done, only while this worker still holds it; false when another took it over. */
export async function completeJob(jobId: string, workerId: string, status: 'sent' | 'skipped', now: Date, given?: Db): Promise<boolean> {
  const done = await (await executor(given))
    .update(notificationJobs)
    .set({ status, sentAt: status === 'sent' ? now : null, leaseUntil: null })
    .where(and(eq(notificationJobs.id, jobId), eq(notificationJobs.lockedBy, workerId), eq(notificationJobs.status, 'sending')))
    .returning({ id: notificationJobs.id });
  return done.length === 1;
}

/**
 * An in-app job is delivered and completed in one transaction, and the notification's job_id is unique: it shows
 * exactly once whatever crashes, retries or second workers happen.
 */
export async function deliverInAppJob(job: JobRow, workerId: string, now: Date, given?: Db): Promise<boolean> {
  return (await executor(given)).transaction(async (tx) => {
    const held = await tx
      .update(notificationJobs)
      .set({ status: 'sent', sentAt: now, leaseUntil: null })
      .where(and(eq(notificationJobs.id, job.id), eq(notificationJobs.lockedBy, workerId), eq(notificationJobs.status, 'sending')))
      .returning({ id: notificationJobs.id });
    if (held.length === 0) return false;
    await tx
      .insert(notifications)
      .values({ userId: job.userId, clinicId: job.clinicId, type: job.event, title: job.title, body: job.body, link: job.link, jobId: job.id, createdAt: now })
      .onConflictDoNothing({ target: notifications.jobId });
    return true;
  });
}

export async function releaseFailedJob(jobId: string, workerId: string, next: { status: 'pending'; runAt: Date } | { status: 'dead' }, errorType: string, given?: Db): Promise<void> {
  await (await executor(given))
    .update(notificationJobs)
    .set({ ...next, leaseUntil: null, lastError: errorType.slice(0, 100) })
    .where(and(eq(notificationJobs.id, jobId), eq(notificationJobs.lockedBy, workerId), eq(notificationJobs.status, 'sending')));
}

/** Where an email job goes (the account's address now) and whether the person switched this event's channel off. */
export async function deliveryTarget(userId: string, event: string, channel: 'in_app' | 'email', given?: Db) {
  const database = await executor(given);
  const [user] = await database.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  const [preference] = await database
    .select({ enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.event, event), eq(notificationPreferences.channel, channel)))
    .limit(1);
  return { email: user?.email ?? null, enabled: preference?.enabled ?? true };
}

/** Delivery health for the platform admin: jobs by status (no recipients, no text). */
export async function jobCountsByStatus(given?: Db) {
  return (await executor(given)).select({ status: notificationJobs.status, count: sql<number>`count(*)::int` }).from(notificationJobs).groupBy(notificationJobs.status);
}

export async function userIdByEmail(email: string, given?: Db): Promise<string | undefined> {
  const [row] = await (await executor(given)).select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row?.id;
}
