import { and, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinicBilling } from '@/db/schema/billing';
import { clinics, memberships } from '@/db/schema/clinics';
import { mailOutbox, notificationJobs } from '@/db/schema/notifications';
import { dataExportJobs } from '@/db/schema/privacy';

/* Installation-wide aggregates for the platform admin: counts and times only, never a person's or patient's row. */

export async function clinicCounts(since: Date) {
  const [row] = await (await db())
    .select({ total: sql<number>`count(*)::int`, createdRecently: sql<number>`(count(*) FILTER (WHERE ${clinics.createdAt} >= ${since}))::int` })
    .from(clinics);
  return row ?? { total: 0, createdRecently: 0 };
}

/** People per role with an active membership (a person in two clinics counts once per role). */
export async function usersByRole() {
  const database = await db();
  // Distinct (role, person) pairs first, then a count per role: PostgreSQL can hash the pairs, where
  // count(distinct …) per group sorts every membership (it spilled to disk at 100,000 patients).
  const active = database.selectDistinct({ role: memberships.role, userId: memberships.userId }).from(memberships).where(eq(memberships.status, 'active')).as('active');
  const [roles, total] = await Promise.all([
    database.select({ role: active.role, count: sql<number>`count(*)::int` }).from(active).groupBy(active.role),
    database.select({ count: sql<number>`count(*)::int` }).from(users),
  ]);
  return { roles, total: total[0]?.count ?? 0 };
}

/** Accounts created per UTC day from `from` on. */
export async function signupsPerDay(from: Date) {
  return (await db())
    .select({ day: sql<string>`to_char(${users.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, count: sql<number>`count(*)::int` })
    .from(users)
    .where(gte(users.createdAt, from))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/** Clinics per stored plan and subscription status; a clinic without a billing row is on the default (starter). */
export async function planMix() {
  return (await db())
    .select({
      plan: sql<string>`coalesce(${clinicBilling.plan}, 'starter')`,
      status: clinicBilling.subscriptionStatus,
      pastDue: sql<boolean>`${clinicBilling.pastDueSince} IS NOT NULL`,
      count: sql<number>`count(*)::int`,
    })
    .from(clinics)
    .leftJoin(clinicBilling, eq(clinicBilling.clinicId, clinics.id))
    .groupBy(sql`1`, clinicBilling.subscriptionStatus, sql`3`);
}

/**
 * The notification queue: jobs waiting (pending or being sent, through the partial due-index), those due now,
 * those retrying after a failure, the oldest due one, and jobs given up on (dead) since `deadSince`.
 */
export async function notificationQueue(now: Date, deadSince: Date) {
  const database = await db();
  const [waiting, dead] = await Promise.all([
    database
      .select({
        waiting: sql<number>`count(*)::int`,
        due: sql<number>`(count(*) FILTER (WHERE ${notificationJobs.runAt} <= ${now}))::int`,
        retrying: sql<number>`(count(*) FILTER (WHERE ${notificationJobs.attempts} > 0))::int`,
        oldestDueAt: sql<Date | null>`min(${notificationJobs.runAt}) FILTER (WHERE ${notificationJobs.runAt} <= ${now})`.mapWith(notificationJobs.runAt),
      })
      .from(notificationJobs)
      .where(inArray(notificationJobs.status, ['pending', 'sending'])),
    database
      .select({ count: sql<number>`count(*)::int` })
      .from(notificationJobs)
      .where(and(eq(notificationJobs.status, 'dead'), gte(notificationJobs.runAt, deadSince))),
  ]);
  const row = waiting[0];
  return { waiting: row?.waiting ?? 0, due: row?.due ?? 0, retrying: row?.retrying ?? 0, oldestDueAt: row?.oldestDueAt ?? null, deadRecently: dead[0]?.count ?? 0 };
}

/** Data export jobs waiting or running (the partial queue index), and those that failed since `since`. */
export async function exportQueue(since: Date) {
  const database = await db();
  const [active, failed] = await Promise.all([
    database
      .select({ queued: sql<number>`(count(*) FILTER (WHERE ${dataExportJobs.status} = 'queued'))::int`, running: sql<number>`(count(*) FILTER (WHERE ${dataExportJobs.status} = 'running'))::int`, oldestQueuedAt: sql<Date | null>`min(${dataExportJobs.createdAt})`.mapWith(dataExportJobs.createdAt) })
      .from(dataExportJobs)
      .where(inArray(dataExportJobs.status, ['queued', 'running'])),
    database
      .select({ count: sql<number>`count(*)::int` })
      .from(dataExportJobs)
      .where(and(eq(dataExportJobs.status, 'failed'), gte(dataExportJobs.createdAt, since))),
  ]);
  return { queued: active[0]?.queued ?? 0, running: active[0]?.running ?? 0, oldestQueuedAt: active[0]?.oldestQueuedAt ?? null, failedRecently: failed[0]?.count ?? 0 };
}

export async function outboxSize(since: Date) {
  const [row] = await (await db())
    .select({ total: sql<number>`count(*)::int`, recent: sql<number>`(count(*) FILTER (WHERE ${mailOutbox.createdAt} >= ${since}))::int` })
    .from(mailOutbox);
  return row ?? { total: 0, recent: 0 };
}

/** The newest audit event: its number (the trail's length) and time, from the unique seq index. */
export async function latestAuditEvent() {
  const [row] = await (await db())
    .select({ seq: auditEvents.seq, at: auditEvents.at })
    .from(auditEvents)
    .where(isNotNull(auditEvents.seq))
    .orderBy(sql`${auditEvents.seq} DESC`)
    .limit(1);
  return row ?? null;
}
