import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { notificationJobs } from '@/db/schema/notifications';
import { appointments } from '@/db/schema/scheduling';
import { createTestDataDir, removeTestDirs } from '@/db/testing/test-database';
import { createTestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import type { MailMessage } from './mailer';
import { LEASE_MS } from './job-backoff';
import { enqueueDueReminders } from './enqueue-due-reminders';
import { claimDueJobs } from './notification-jobs.repo';
import { runNotificationWorker } from './run-notification-worker';

/**
 * The embedded database on disk, closed and opened again as a restarted app would: a reminder claimed by the
 * process that stopped is delivered once by the next one, and sweeping again after the restart adds nothing.
 */
let dataDir: string;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  dataDir = await createTestDataDir();
});

afterAll(async () => {
  await removeTestDirs();
});

describe('reminders across a restart (PGlite on disk)', () => {
  it('a reminder claimed before the stop is sent once after it, and never again', async () => {
    const startsAt = new Date(Date.UTC(2031, 2, 3, 15, 0));
    const now = new Date(startsAt.getTime() - 20 * 3_600_000);
    const sent: MailMessage[] = [];
    const send = async (message: MailMessage) => void sent.push(message);

    const before = await openDatabase({ engine: 'pglite', dataDir });
    useDatabaseForTesting(before);
    const clinic = await createTestClinic(before.db, { slug: 'restart', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
    const end = new Date(startsAt.getTime() + 30 * 60_000);
    await before.db.insert(appointments).values({ clinicId: clinic.clinicId, patientId: clinic.patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt: end, blockedFrom: startsAt, blockedUntil: end });
    expect(await enqueueDueReminders(now, before.db)).toBe(2);
    // The old process claims both jobs and stops before sending.
    expect(await claimDueJobs('stopped-process', now, new Date(now.getTime() + LEASE_MS), 10, before.db)).toHaveLength(2);
    await before.close();

    const after = await openDatabase({ engine: 'pglite', dataDir });
    useDatabaseForTesting(after);
    try {
      expect(await enqueueDueReminders(now, after.db)).toBe(0);
      const later = () => new Date(now.getTime() + LEASE_MS + 1000);
      await runNotificationWorker({ workerId: 'restarted', db: after.db, send, now: later });
      await runNotificationWorker({ workerId: 'restarted', db: after.db, send, now: later });
      expect(sent.map((m) => m.subject)).toEqual(['Reminder: your visit at Clinic restart']);
      const jobs = await after.db.select().from(notificationJobs).where(eq(notificationJobs.event, 'appointment.reminder'));
      expect(jobs.map((job) => [job.channel, job.status, job.attempts]).sort()).toEqual([['email', 'sent', 2], ['in_app', 'sent', 2]]);
    } finally {
      await after.close();
    }
  });
});
