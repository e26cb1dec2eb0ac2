import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { bookAppointment } from './book-appointment';
import { changeAppointment } from './change-appointment';
import { addToWaitlist, bookFromWaitlist, listWaitlist, removeFromWaitlist } from './manage-waitlist';
import { addPatient, createTestClinic, type TestClinic } from './scheduling-fixtures.repo';

const NOW = new Date('2026-06-10T12:00:00Z');
let handle: DatabaseHandle;
let clinic: TestClinic;

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'wait', timeZone: 'America/New_York', hours: [4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '12:00' })) });
});

afterAll(async () => {
  await handle?.close();
});

describe('the waitlist', () => {
  it('the front desk adds patients; bad input names the field; patients cannot use it', async () => {
    const bad = await errorOf(addToWaitlist(clinic.admin, { patientId: 'x', visitTypeId: clinic.visitTypeId, notBefore: '2026-06-12', notAfter: '2026-06-11' }, NOW));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['notAfter', 'patientId']);
    expect((await errorOf(addToWaitlist(clinic.patient, { patientId: clinic.patientId, visitTypeId: clinic.visitTypeId, notBefore: '2026-06-11', notAfter: '2026-06-12' }, NOW))).code).toBe('forbidden');
    expect((await errorOf(listWaitlist(clinic.patient))).code).toBe('forbidden');
  });

  it('a cancellation offers the freed time to the first matching waiting patient, who can then be booked into it', async () => {
    const waiting = await addPatient(handle.db, clinic.clinicId, null, 'w-a', 'waiting@example.org');
    const later = await addPatient(handle.db, clinic.clinicId, null, 'w-b');
    // Wants another day: not offered. Then the first matching one, then a later one.
    await addToWaitlist(clinic.admin, { patientId: later, visitTypeId: clinic.visitTypeId, notBefore: '2026-06-20', notAfter: '2026-06-30' }, NOW);
    const first = await addToWaitlist(clinic.admin, { patientId: waiting, visitTypeId: clinic.visitTypeId, clinicianId: clinic.clinician.userId, notBefore: '2026-06-11', notAfter: '2026-06-12', note: 'Mornings' }, new Date(NOW.getTime() + 1000));
    await addToWaitlist(clinic.admin, { patientId: later, visitTypeId: clinic.visitTypeId, clinicianId: '', notBefore: '2026-06-11', notAfter: '2026-06-12' }, new Date(NOW.getTime() + 2000));

    const booked = await bookAppointment(clinic.patient, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start: '2026-06-11T10:00:00-04:00' }, NOW);
    await changeAppointment(clinic.patient, booked.id, { status: 'cancelled' }, NOW);

    const entries = await listWaitlist(clinic.admin);
    const offered = entries.filter((e) => e.status === 'offered');
    expect(offered.map((e) => [e.id, e.offeredStart])).toEqual([[first.id, '2026-06-11T10:00:00-04:00']]);
    const mails = await latestOutboxMessages(10);
    expect(mails.filter((m) => m.toAddress === 'waiting@example.org').map((m) => m.subject)).toEqual(['An earlier time is free at Clinic wait']);

    const rebooked = await bookFromWaitlist(clinic.admin, { entryId: first.id }, NOW);
    expect([rebooked.patientId, rebooked.start]).toEqual([waiting, '2026-06-11T10:00:00-04:00']);
    expect((await listWaitlist(clinic.admin)).map((e) => e.id)).not.toContain(first.id);
  });

  it('moving a visit offers its old time too', async () => {
    const patientId = await addPatient(handle.db, clinic.clinicId, null, 'w-c');
    const entry = await addToWaitlist(clinic.admin, { patientId, visitTypeId: clinic.visitTypeId, notBefore: '2026-06-12', notAfter: '2026-06-12' }, new Date(NOW.getTime() + 3000));
    const booked = await bookAppointment(clinic.admin, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start: '2026-06-12T09:00:00-04:00', patientId: clinic.otherPatientId }, NOW);
    await changeAppointment(clinic.admin, booked.id, { start: '2026-06-12T11:00:00-04:00' }, NOW);
    // The older matching entry (any clinician, 11-12 June, added in the test above) is first in line; this one waits.
    const entries = await listWaitlist(clinic.admin);
    expect(entries.filter((e) => e.offeredStart === '2026-06-12T09:00:00-04:00').map((e) => e.status)).toEqual(['offered']);
    expect(entries.find((e) => e.id === entry.id)?.status).toBe('waiting');
  });

  it('removes an entry; another clinic\'s entry is not found', async () => {
    const [entry] = await listWaitlist(clinic.admin);
    await removeFromWaitlist(clinic.admin, { entryId: entry!.id });
    expect((await listWaitlist(clinic.admin)).map((e) => e.id)).not.toContain(entry!.id);
    const other = await createTestClinic(handle.db, { slug: 'wait-other', timeZone: 'Europe/London', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '10:00' }] });
    expect((await errorOf(removeFromWaitlist(other.admin, { entryId: entry!.id }))).status).toBe(404);
  });
});
