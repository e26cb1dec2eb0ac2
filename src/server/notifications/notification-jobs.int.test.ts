import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type Db } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { visitPayments } from '@/db/schema/billing';
import { notificationJobs, notificationPreferences, notifications } from '@/db/schema/notifications';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase, createTestDatabaseUrl, testEngine } from '@/db/testing/test-database';
import { createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import type { MailMessage } from './mailer';
import { LEASE_MS } from './job-backoff';
import { enqueueDueReminders } from './enqueue-due-reminders';
import { enqueueNotification } from './enqueue-notification';
import { claimDueJobs, completeJob } from './notification-jobs.repo';
import { runNotificationWorker } from './run-notification-worker';
import { bookAppointment } from '@/server/scheduling/book-appointment';
import { changeAppointment } from '@/server/scheduling/change-appointment';

/**
 * Two app instances on one database are two connection pools (PostgreSQL); on PGlite, which is one process by
 * construction, the two workers share the one connection and still run concurrently.
 */
let first: DatabaseHandle;
let second: DatabaseHandle | undefined;
let a: Db;
let b: Db;
let clinic: TestClinic;
const HOUR = 3_600_000;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  if (testEngine() === 'postgres') {
    const url = await createTestDatabaseUrl();
    first = await openDatabase({ engine: 'postgres', url, maxConnections: 4 });
    second = await openDatabase({ engine: 'postgres', url, maxConnections: 4 });
  } else {
    first = await createTestDatabase();
  }
  a = first.db;
  b = second?.db ?? first.db;
  useDatabaseForTesting(first);
  clinic = await createTestClinic(a, { slug: 'notify', timeZone: 'Europe/Berlin', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

function recorder() {
  const sent: MailMessage[] = [];
  return { sent, send: async (message: MailMessage) => void sent.push(message) };
}

async function enqueueMany(prefix: string, count: number, runAt: Date) {
  for (let i = 0; i < count; i++) {
    await enqueueNotification(undefined, { event: 'message.received', key: `${prefix}-${i}`, userId: clinic.patient.userId, clinicId: clinic.clinicId, title: `Notice ${prefix} ${i}`, body: 'Sign in to read it.', runAt });
  }
}

async function jobsWithPrefix(prefix: string) {
  const rows = await a.select().from(notificationJobs);
  return rows.filter((row) => row.title.startsWith(`Notice ${prefix} `));
}

describe('notification jobs', () => {
  it('two workers on two instances deliver every job exactly once', async () => {
    const now = new Date();
    await enqueueMany('race', 30, now);
    const mail = recorder();
    const results = await Promise.all([
      runNotificationWorker({ workerId: 'instance-a', db: a, send: mail.send, batchSize: 3 }),
      runNotificationWorker({ workerId: 'instance-b', db: b, send: mail.send, batchSize: 3 }),
    ]);
    expect(results[0].sent + results[1].sent).toBe(60);
    const raceMail = mail.sent.filter((m) => m.subject.startsWith('Notice race '));
    expect(raceMail).toHaveLength(30);
    expect(new Set(raceMail.map((m) => m.subject)).size).toBe(30);
    const shown = (await a.select().from(notifications).where(eq(notifications.userId, clinic.patient.userId))).filter((n) => n.title.startsWith('Notice race '));
    expect(shown).toHaveLength(30);
    expect((await jobsWithPrefix('race')).every((job) => job.status === 'sent' && job.attempts === 1)).toBe(true);
    if (second) expect(results[0].sent).toBeGreaterThan(0);
  });

  it('enqueuing the same event twice makes one job per channel', async () => {
    await enqueueMany('twice', 1, new Date());
    await enqueueMany('twice', 1, new Date());
    expect(await jobsWithPrefix('twice')).toHaveLength(2);
    await runNotificationWorker({ workerId: 'x', db: a, send: recorder().send });
  });

  it('a worker that dies between claim and send: the job waits for the lease, then another sends it once', async () => {
    const now = new Date();
    await enqueueMany('crash', 1, now);
    const claimed = await claimDueJobs('dead-instance', now, new Date(now.getTime() + LEASE_MS), 10, a);
    expect(claimed.map((job) => job.title)).toEqual(['Notice crash 0', 'Notice crash 0']);
    // The claiming instance is gone (nothing is sent, nothing completed).
    const mail = recorder();
    await runNotificationWorker({ workerId: 'survivor', db: b, send: mail.send, now: () => new Date(now.getTime() + 1000) });
    expect(mail.sent.filter((m) => m.subject === 'Notice crash 0')).toHaveLength(0);
    await runNotificationWorker({ workerId: 'survivor', db: b, send: mail.send, now: () => new Date(now.getTime() + LEASE_MS + 1000) });
    expect(mail.sent.filter((m) => m.subject === 'Notice crash 0')).toHaveLength(1);
    // The dead worker's late completion is refused: the job is the survivor's now.
    expect(await completeJob(claimed[0]!.id, 'dead-instance', 'sent', new Date(), a)).toBe(false);
    const shown = await a.select().from(notifications).where(and(eq(notifications.userId, clinic.patient.userId), eq(notifications.title, 'Notice crash 0')));
    expect(shown).toHaveLength(1);
  });

  it('a failed send is retried with backoff and then delivered', async () => {
    const now = new Date();
    await enqueueNotification(undefined, { event: 'message.received', key: 'flaky', userId: clinic.patient.userId, clinicId: clinic.clinicId, title: 'Notice flaky 0', body: 'x', channels: ['email'], runAt: now });
    const failing = async () => {
      throw new Error('smtp down');
    };
    expect((await runNotificationWorker({ workerId: 'w', db: a, send: failing, now: () => now })).failed).toBe(1);
    const [job] = await jobsWithPrefix('flaky');
    expect(job).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error' });
    expect(job!.runAt.getTime()).toBe(now.getTime() + 30_000);
    const mail = recorder();
    await runNotificationWorker({ workerId: 'w', db: a, send: mail.send, now: () => new Date(now.getTime() + 10_000) });
    expect(mail.sent).toHaveLength(0);
    await runNotificationWorker({ workerId: 'w', db: a, send: mail.send, now: () => new Date(now.getTime() + 31_000) });
    expect(mail.sent.map((m) => m.subject)).toEqual(['Notice flaky 0']);
    expect(mail.sent[0]!.messageId).toMatch(/^<[0-9a-f-]{36}@notifications\.clinixai>$/);
  });

  it('a channel the person switched off is skipped at delivery', async () => {
    await a.insert(notificationPreferences).values({ userId: clinic.patient.userId, event: 'message.received', channel: 'email', enabled: false });
    await enqueueMany('muted', 1, new Date());
    const mail = recorder();
    const result = await runNotificationWorker({ workerId: 'w', db: a, send: mail.send });
    expect(result).toMatchObject({ sent: 1, skipped: 1 });
    expect(mail.sent).toHaveLength(0);
    await a.delete(notificationPreferences).where(eq(notificationPreferences.userId, clinic.patient.userId));
  });

  it('reminders: 24 hours and 2 hours before, once each however often the sweep runs', async () => {
    const startsAt = new Date(Date.UTC(2031, 0, 6, 9, 0));
    await a.insert(appointments).values({ clinicId: clinic.clinicId, patientId: clinic.patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), blockedFrom: startsAt, blockedUntil: new Date(startsAt.getTime() + 30 * 60_000) });
    const dayBefore = new Date(startsAt.getTime() - 23 * HOUR);
    expect(await enqueueDueReminders(dayBefore, a)).toBe(2);
    expect(await enqueueDueReminders(dayBefore, b)).toBe(0);
    const soon = new Date(startsAt.getTime() - 90 * 60_000);
    expect(await enqueueDueReminders(soon, b)).toBe(2);
    expect(await enqueueDueReminders(soon, a)).toBe(0);
    const mail = recorder();
    await runNotificationWorker({ workerId: 'w', db: a, send: mail.send, now: () => soon });
    expect(mail.sent.map((m) => m.subject)).toEqual(['Reminder: your visit at Clinic notify', 'Reminder: your visit at Clinic notify']);
    expect(mail.sent.map((m) => m.text.split('\n')[0])).toEqual(expect.arrayContaining([expect.stringContaining('within 24 hours'), expect.stringContaining('in less than 2 hours')]));
  });

  it('a visit held for payment gets no reminder until it is paid; the next sweep then queues it', async () => {
    const startsAt = new Date(Date.UTC(2031, 1, 3, 9, 0));
    const [visit] = await a
      .insert(appointments)
      .values({ clinicId: clinic.clinicId, patientId: clinic.patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), blockedFrom: startsAt, blockedUntil: new Date(startsAt.getTime() + 30 * 60_000) })
      .returning({ id: appointments.id });
    const now = new Date(startsAt.getTime() - 20 * HOUR);
    await a.insert(visitPayments).values({ clinicId: clinic.clinicId, appointmentId: visit!.id, patientId: clinic.patientId, amountMinor: 9000, currency: 'eur', platformFeeMinor: 0, holdExpiresAt: new Date(now.getTime() + 15 * 60_000) });
    const remindersOf = async () => (await a.select().from(notificationJobs).where(eq(notificationJobs.event, 'appointment.reminder'))).filter((job) => job.dedupeKey.includes(visit!.id));
    await enqueueDueReminders(now, a);
    expect(await remindersOf()).toEqual([]);
    await a.update(visitPayments).set({ status: 'paid', paidAt: now }).where(eq(visitPayments.appointmentId, visit!.id));
    await enqueueDueReminders(new Date(now.getTime() + 60_000), b);
    expect((await remindersOf()).map((job) => [job.dedupeKey.split(':')[0], job.channel]).sort()).toEqual([['reminder.24h', 'email'], ['reminder.24h', 'in_app']]);
  });

  it('a visit booked inside the reminder window has its reminder queued when the booking answers; a move queues the new time\'s', async () => {
    // Monday 13 January 2031, 10:00 in Berlin (09:00 UTC), booked five hours before.
    const start = '2031-01-13T09:00:00.000Z';
    const now = new Date(Date.parse(start) - 5 * HOUR);
    const visit = await bookAppointment(clinic.patient, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start }, now);
    const remindersOf = async () => (await a.select().from(notificationJobs).where(eq(notificationJobs.event, 'appointment.reminder'))).filter((job) => job.dedupeKey.includes(visit.id));
    expect((await remindersOf()).map((job) => [job.dedupeKey.split(':')[0], job.channel, job.status]).sort()).toEqual([['reminder.24h', 'email', 'pending'], ['reminder.24h', 'in_app', 'pending']]);
    // The sweep on any instance adds nothing for it.
    expect(await enqueueDueReminders(now, b)).toBe(0);
    // Inside the cancellation notice the front desk moves it.
    await changeAppointment(clinic.admin, visit.id, { start: '2031-01-13T13:00:00.000Z' }, new Date(now.getTime() + 60_000));
    const keys = (await remindersOf()).map((job) => job.dedupeKey);
    expect(keys.filter((key) => key.includes('2031-01-13T13:00:00.000Z'))).toHaveLength(2);
    expect(keys).toHaveLength(4);
    // Far away from a visit nothing is queued early.
    const later = await bookAppointment(clinic.patient, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start: '2031-01-20T09:00:00.000Z' }, now);
    expect((await a.select().from(notificationJobs).where(eq(notificationJobs.event, 'appointment.reminder'))).filter((job) => job.dedupeKey.includes(later.id))).toEqual([]);
  });
});
