import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase, createTestDatabaseUrl, testEngine } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { insertAppointment } from './appointments.repo';
import { bookAppointment } from './book-appointment';
import { addPatient, createTestClinic, type TestClinic } from './scheduling-fixtures.repo';

const NOW = new Date('2026-06-10T12:00:00Z');
const REQUESTS = 50;
// On PostgreSQL each booking's transaction gets its own pooled connection, so the 50 really race.
const CONNECTIONS = 25;
let handle: DatabaseHandle;
let clinic: TestClinic;
let patientIds: string[];

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = testEngine() === 'postgres' ? await openDatabase({ engine: 'postgres', url: await createTestDatabaseUrl(), maxConnections: CONNECTIONS }) : await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'race', timeZone: 'America/New_York', hours: [{ weekday: 4, startsAt: '09:00', endsAt: '17:00' }] });
  patientIds = [];
  for (let i = 0; i < REQUESTS; i++) patientIds.push(await addPatient(handle.db, clinic.clinicId, null, `race-p${i}`));
});

afterAll(async () => {
  await handle?.close();
});

describe('50 concurrent bookings of one slot', () => {
  it('exactly one succeeds; the other 49 answer 409 slot_taken', async () => {
    const start = '2026-06-11T10:00:00-04:00';
    const results = await Promise.allSettled(
      patientIds.map((patientId) =>
        bookAppointment(clinic.admin, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start, patientId }, NOW),
      ),
    );
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(REQUESTS - 1);
    for (const error of refused) {
      expect(error).toBeInstanceOf(AppError);
      expect([(error as AppError).code, (error as AppError).status]).toEqual(['slot_taken', 409]);
    }
    const rows = await handle.db.select().from(appointments).where(eq(appointments.clinicId, clinic.clinicId));
    expect(rows).toHaveLength(1);
    if (handle.native.kind === 'postgres') {
      // The pool only opens another connection while all of its others are busy: requests overlapped.
      expect(handle.native.pool.totalCount).toBe(CONNECTIONS);
    }
  });

  it('the database itself refuses an overlap that skipped every check in code', async () => {
    const row = (id: string, patientId: string, from: string, until: string) => ({
      id, clinicId: clinic.clinicId, patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId,
      startsAt: new Date(from), endsAt: new Date(until), blockedFrom: new Date(from), blockedUntil: new Date(until), reason: null, bookedByUserId: clinic.admin.userId,
    });
    const audit = { clinicId: clinic.clinicId, actorUserId: clinic.admin.userId, actingRole: 'clinic_admin', action: 'appointment.book', entityType: 'appointment', entityId: null, outcome: 'allowed' as const };
    // Overlaps the booked 10:00-10:30 by five minutes.
    const overlapping = row(randomUUID(), patientIds[1]!, '2026-06-11T14:25:00Z', '2026-06-11T14:55:00Z');
    expect(await insertAppointment(overlapping, audit)).toBe('slot_taken');
    // Touching is not overlapping: [10:30, 11:00) follows [10:00, 10:30).
    expect(await insertAppointment(row(randomUUID(), patientIds[2]!, '2026-06-11T14:30:00Z', '2026-06-11T15:00:00Z'), audit)).toBe('ok');
  });

  it('with no check in code at all, 50 racing inserts of overlapping visits: the database lets exactly one in', async () => {
    const audit = { clinicId: clinic.clinicId, actorUserId: clinic.admin.userId, actingRole: 'clinic_admin', action: 'appointment.book', entityType: 'appointment', entityId: null, outcome: 'allowed' as const };
    // Each starts a minute later than the previous one, so every pair overlaps but no two rows are equal.
    const outcomes = await Promise.all(
      patientIds.map((patientId, i) => {
        const from = new Date(Date.parse('2026-06-11T16:00:00Z') + i * 60_000);
        const until = new Date(from.getTime() + 60 * 60_000);
        return insertAppointment(
          { id: randomUUID(), clinicId: clinic.clinicId, patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt: from, endsAt: until, blockedFrom: from, blockedUntil: until, reason: null, bookedByUserId: clinic.admin.userId },
          audit,
        );
      }),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'slot_taken')).toHaveLength(REQUESTS - 1);
  });
});
