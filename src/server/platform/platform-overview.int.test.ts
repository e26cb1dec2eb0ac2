import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinicBilling } from '@/db/schema/billing';
import { memberships } from '@/db/schema/clinics';
import { mailOutbox, notificationJobs } from '@/db/schema/notifications';
import { dataExportJobs } from '@/db/schema/privacy';
import { createTestDatabase } from '@/db/testing/test-database';
import { rolePermissions } from '@/server/access/permissions';
import type { Principal } from '@/server/access/principal';
import { createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { listPlatformPlans } from './list-platform-plans';
import { exportQueue, notificationQueue, planMix } from './platform-overview.repo';
import { planCountsOf } from './plan-counts';
import { readPlatformHealth } from './read-platform-health';
import { readPlatformOverview } from './read-platform-overview';
import { noteSweepRun } from './sweep-runs';

let handle: DatabaseHandle;
let platform: Principal;
let a: TestClinic;
let b: TestClinic;
const now = new Date();
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  a = await createTestClinic(handle.db, { slug: 'plat-a', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '12:00' }] });
  b = await createTestClinic(handle.db, { slug: 'plat-b', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '12:00' }] });
  const [root] = await handle.db.insert(users).values({ email: 'root@platform.test', createdAt: new Date(now.getTime() - 90 * 86_400_000) }).returning({ id: users.id });
  await handle.db.insert(memberships).values({ userId: root!.id, clinicId: null, role: 'platform_admin' });
  platform = { userId: root!.id, name: null, email: 'root@platform.test', sessionId: 't', active: { clinicId: null, role: 'platform_admin' }, memberships: [], permissions: new Set(rolePermissions.platform_admin) };
  await handle.db.insert(clinicBilling).values({ clinicId: b.clinicId, plan: 'pro', subscriptionStatus: 'past_due', seats: 3, pastDueSince: minutesAgo(60) });
  const job = { channel: 'email' as const, event: 'test', userId: a.patient.userId, title: 't', body: 'b' };
  await handle.db.insert(notificationJobs).values([
    { ...job, dedupeKey: 'due-old', runAt: minutesAgo(30) },
    { ...job, dedupeKey: 'due-retry', runAt: minutesAgo(2), attempts: 2 },
    { ...job, dedupeKey: 'later', runAt: new Date(now.getTime() + 3600_000) },
    { ...job, dedupeKey: 'sent', status: 'sent', runAt: minutesAgo(500) },
    { ...job, dedupeKey: 'dead', status: 'dead', attempts: 8, runAt: minutesAgo(100) },
  ]);
  await handle.db.insert(dataExportJobs).values([
    { userId: a.patient.userId, format: 'json', status: 'queued', createdAt: minutesAgo(10) },
    { userId: a.patient.userId, format: 'json', status: 'failed' },
    { userId: a.patient.userId, format: 'json', status: 'ready' },
  ]);
  await handle.db.insert(mailOutbox).values({ toAddress: 'x@example.org', subject: 's', textBody: 'b' });
});

afterAll(async () => {
  await handle?.close();
});

describe('platform overview', () => {
  it('counts clinics, people per role, sign-ups per day and the plan mix', async () => {
    const overview = await readPlatformOverview(platform, now);
    expect(overview.clinics).toEqual({ total: 2, createdRecently: 2, suspended: null });
    // Each test clinic has a clinician, an admin and a patient account; the platform admin signed up 90 days ago.
    expect(overview.users.total).toBe(7);
    expect(overview.users.byRole).toEqual([
      { role: 'clinic_admin', count: 2 },
      { role: 'clinician', count: 2 },
      { role: 'patient', count: 2 },
      { role: 'platform_admin', count: 1 },
    ]);
    expect(overview.signups.perDay).toHaveLength(30);
    expect(overview.signups.total).toBe(6);
    expect(overview.signups.perDay.at(-1)).toEqual({ day: now.toISOString().slice(0, 10), count: 6 });
    // Billing is off in this test process: every clinic runs on the local plan.
    expect(overview.plans).toEqual([{ plan: 'local', clinics: 2, pastDue: 0 }]);
    expect(overview.audit.verification).toBeNull();
  });

  it('with billing on, a clinic without a billing row is on Starter and a past-due Pro one is counted as such', async () => {
    expect(planCountsOf(await planMix(), true)).toEqual([
      { plan: 'starter', clinics: 1, pastDue: 0 },
      { plan: 'pro', clinics: 1, pastDue: 1 },
    ]);
  });

  it('reports queue health: waiting, due, retrying, the oldest due job and recent failures', async () => {
    const notifications = await notificationQueue(now, minutesAgo(7 * 24 * 60));
    expect(notifications).toMatchObject({ waiting: 3, due: 2, retrying: 1, deadRecently: 1 });
    expect(notifications.oldestDueAt?.getTime()).toBeCloseTo(minutesAgo(30).getTime(), -3);
    const exports = await exportQueue(minutesAgo(60));
    expect(exports).toMatchObject({ queued: 1, running: 0, failedRecently: 1 });
    const overview = await readPlatformOverview(platform, now);
    expect(overview.queues.notifications.oldestDueMinutes).toBe(30);
  });
});

describe('platform plans and health', () => {
  it('lists the configured plans with limits and clinics on each', async () => {
    const { billingEnabled, plans } = await listPlatformPlans(platform);
    expect(billingEnabled).toBe(false);
    expect(plans.map((p) => p.id)).toEqual(['starter', 'pro', 'local']);
    expect(plans[0]).toMatchObject({ limits: { clinicians: '2 clinicians', appointmentsPerMonth: '300 a month', llmDrafting: false }, current: false });
    expect(plans[2]).toMatchObject({ clinics: 2, current: true });
    expect(plans[1]!.prices.map((p) => p.lookupKey)).toEqual(['clinixai_pro_seat_monthly', 'clinixai_pro_seat_yearly']);
  });

  it('names the engine, the migration level against this build, the outbox and this instance’s sweeps', async () => {
    noteSweepRun('payment-holds', minutesAgo(1));
    const health = await readPlatformHealth(platform, now);
    expect(health.database).toEqual({ engine: handle.engine, reachable: true });
    expect(health.migrations.upToDate).toBe(true);
    expect(health.migrations.applied).toBe(health.migrations.shipped);
    expect(health.migrations.latestApplied).toBe(health.migrations.latestShipped);
    expect(health.outbox).toEqual({ total: 1, lastDay: 1 });
    expect(health.sweeps.find((s) => s.name === 'payment-holds')?.lastRunAt).toBe(minutesAgo(1).toISOString());
  });

  it('answers "not found" to anyone but the active platform admin', async () => {
    for (const who of [a.admin, a.clinician, a.patient]) {
      await expect(readPlatformOverview(who)).rejects.toMatchObject({ code: 'not_found' });
      await expect(listPlatformPlans(who)).rejects.toMatchObject({ code: 'not_found' });
      await expect(readPlatformHealth(who)).rejects.toMatchObject({ code: 'not_found' });
    }
  });
});
