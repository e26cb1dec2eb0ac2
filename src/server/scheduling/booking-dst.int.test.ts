import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { bookAppointment } from './book-appointment';
import { listAppointments } from './list-appointments';
import { listSlots } from './list-slots';
import { createTestClinic, type TestClinic } from './scheduling-fixtures.repo';

// Working hours through the night of each change (all four changes of 2026 fall on a Sunday).
const sundayNight = [{ weekday: 0, startsAt: '00:00', endsAt: '04:00' }];
let handle: DatabaseHandle;
let ny: TestClinic;
let london: TestClinic;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  ny = await createTestClinic(handle.db, { slug: 'dst-ny', timeZone: 'America/New_York', hours: sundayNight, stepMinutes: 30, visitMinutes: 30 });
  london = await createTestClinic(handle.db, { slug: 'dst-ldn', timeZone: 'Europe/London', hours: sundayNight, stepMinutes: 30, visitMinutes: 30 });
});

afterAll(async () => {
  await handle?.close();
});

const slotStarts = async (c: TestClinic, day: string, now: Date) =>
  (await listSlots(c.patient, c.clinicId, { clinicianId: c.clinician.userId, visitTypeId: c.visitTypeId, from: day, to: day }, now)).slots.map((s) => s.start);
const book = (c: TestClinic, start: string, now: Date) =>
  bookAppointment(c.admin, { clinicId: c.clinicId, clinicianId: c.clinician.userId, visitTypeId: c.visitTypeId, start, patientId: c.otherPatientId }, now);

describe('booking across daylight-saving changes, through the use-cases', () => {
  it('New York spring forward: no slot in 02:00-03:00; 03:00 EDT is bookable', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const starts = await slotStarts(ny, '2026-03-08', now);
    expect(starts).toHaveLength(6); // four wall-clock hours minus the missing one, in half hours
    expect(starts.filter((s) => s.includes('T02:'))).toEqual([]);
    expect(starts).toContain('2026-03-08T01:30:00-05:00');
    expect((await book(ny, '2026-03-08T03:00:00-04:00', now)).start).toBe('2026-03-08T03:00:00-04:00');
    expect(await slotStarts(ny, '2026-03-08', now)).not.toContain('2026-03-08T03:00:00-04:00');
  });

  it('New York fall back: 01:30 EDT and 01:30 EST are two bookable slots', async () => {
    const now = new Date('2026-10-25T12:00:00Z');
    const starts = await slotStarts(ny, '2026-11-01', now);
    expect(starts).toHaveLength(10);
    expect(starts.filter((s) => s.includes('T01:30'))).toEqual(['2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00']);
    const first = await book(ny, '2026-11-01T01:30:00-04:00', now);
    const second = await book(ny, '2026-11-01T01:30:00-05:00', now);
    expect([first.start, first.end, second.start, second.end]).toEqual(['2026-11-01T01:30:00-04:00', '2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-05:00', '2026-11-01T02:00:00-05:00']);
    const listed = (await listAppointments(ny.admin, { from: '2026-11-01', to: '2026-11-01' })).appointments.map((a) => a.start);
    expect(listed).toEqual(['2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00']);
  });

  it('London spring forward (2026-03-29) and fall back (2026-10-25)', async () => {
    const spring = await slotStarts(london, '2026-03-29', new Date('2026-03-20T12:00:00Z'));
    expect(spring.filter((s) => s.includes('T01:'))).toEqual([]);
    expect(spring).toEqual(['2026-03-29T00:00:00+00:00', '2026-03-29T00:30:00+00:00', '2026-03-29T02:00:00+01:00', '2026-03-29T02:30:00+01:00', '2026-03-29T03:00:00+01:00', '2026-03-29T03:30:00+01:00']);
    const autumnNow = new Date('2026-10-20T12:00:00Z');
    const autumn = await slotStarts(london, '2026-10-25', autumnNow);
    expect(autumn.filter((s) => s.includes('T01:00'))).toEqual(['2026-10-25T01:00:00+01:00', '2026-10-25T01:00:00+00:00']);
    expect((await book(london, '2026-10-25T01:00:00+00:00', autumnNow)).start).toBe('2026-10-25T01:00:00+00:00');
    expect(await slotStarts(london, '2026-10-25', autumnNow)).toContain('2026-10-25T01:00:00+01:00');
  });
});
