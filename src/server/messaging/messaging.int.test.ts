import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { notificationJobs } from '@/db/schema/notifications';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { addMember, addPatient, createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { listMessageThreads } from './list-threads';
import { readThread } from './read-thread';
import { replyToThread } from './reply-to-thread';
import { startThread } from './start-thread';
import { changeThread } from './update-thread';

let handle: DatabaseHandle;
let clinic: TestClinic;
let other: TestClinic;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'msg', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
  other = await createTestClinic(handle.db, { slug: 'msg-other', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
});

afterAll(async () => {
  await handle?.close();
});

const codeOf = async (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error instanceof AppError ? error.code : 'other'));

describe('secure messaging', () => {
  it('a patient writes, the care team sees it unread, assigns, replies and closes; every step notifies and audits', async () => {
    const { id } = await startThread(clinic.patient, { subject: '  Question about <b>tablets</b> ', body: 'Can I take them with food? 💊' });
    const inbox = await listMessageThreads(clinic.clinician, { status: 'open' });
    expect(inbox.items).toEqual([expect.objectContaining({ id, subject: 'Question about <b>tablets</b>', unread: true, patientName: 'Test Patient msg-1' })]);
    const teamJobs = await handle.db.select().from(notificationJobs).where(eq(notificationJobs.event, 'message.received'));
    expect(teamJobs.map((job) => job.userId)).toEqual(expect.arrayContaining([clinic.clinician.userId, clinic.admin.userId]));
    expect(teamJobs.every((job) => !job.body.includes('food') && !job.title.includes('tablets'))).toBe(true);

    const opened = await readThread(clinic.clinician, id);
    expect(opened.messages.map((m) => m.body)).toEqual(['Can I take them with food? 💊']);
    expect((await listMessageThreads(clinic.clinician)).items[0]!.unread).toBe(false);

    await changeThread(clinic.admin, id, { assignedUserId: clinic.clinician.userId });
    await replyToThread(clinic.clinician, id, { body: 'Yes, with food.' });
    const patientView = await readThread(clinic.patient, id);
    expect(patientView).toMatchObject({ assignedUserId: clinic.clinician.userId, patientName: null, team: [] });
    expect(patientView.messages.map((m) => m.authorKind)).toEqual(['patient', 'staff']);
    const patientJobs = await handle.db.select().from(notificationJobs).where(eq(notificationJobs.userId, clinic.patient.userId));
    expect(patientJobs.map((job) => job.title)).toEqual(expect.arrayContaining(['New message from Clinic msg']));

    await changeThread(clinic.clinician, id, { status: 'closed' });
    expect((await listMessageThreads(clinic.clinician, { status: 'open' })).items).toHaveLength(0);
    const actions = (await handle.db.select().from(auditEvents).where(eq(auditEvents.clinicId, clinic.clinicId))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['message.send', 'message.read', 'message.assign', 'message.close']));
  });

  it('refuses bad input with field errors and hides other clinics and other patients', async () => {
    expect(await codeOf(startThread(clinic.patient, { subject: '', body: 'x'.repeat(5001) }))).toBe('validation_failed');
    expect(await codeOf(startThread(clinic.clinician, { subject: 'Hi', body: 'x' }))).toBe('validation_failed');
    const { id } = await startThread(clinic.patient, { subject: 'Mine', body: 'private' });
    expect(await codeOf(readThread(other.clinician, id))).toBe('not_found');
    expect(await codeOf(replyToThread(other.patient, id, { body: 'hi' }))).toBe('not_found');
    const second = await addMember(handle.db, clinic.clinicId, 'patient', 'Other patient');
    await addPatient(handle.db, clinic.clinicId, second.userId, 'msg-3');
    expect(await codeOf(readThread(second, id))).toBe('not_found');
    expect(await codeOf(changeThread(clinic.patient, id, { status: 'closed' }))).toBe('not_found');
    expect(await codeOf(changeThread(clinic.admin, id, { assignedUserId: other.clinician.userId }))).toBe('validation_failed');
    expect(await codeOf(readThread(clinic.clinician, 'not-an-id'))).toBe('validation_failed');
  });
});
