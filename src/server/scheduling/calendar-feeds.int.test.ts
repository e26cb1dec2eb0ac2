import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { bookAppointment } from './book-appointment';
import { calendarFeedStatus, createCalendarFeed, readCalendarFeed, revokeCalendarFeed } from './manage-calendar-feeds';
import { createTestClinic, type TestClinic } from './scheduling-fixtures.repo';

const NOW = new Date('2026-06-10T12:00:00Z');
let handle: DatabaseHandle;
let clinic: TestClinic;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'feed', timeZone: 'America/New_York', hours: [{ weekday: 4, startsAt: '09:00', endsAt: '12:00' }] });
  await bookAppointment(clinic.admin, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start: '2026-06-11T09:00:00-04:00', patientId: clinic.patientId }, NOW);
});

afterAll(async () => {
  await handle?.close();
});

const tokenOf = (url: string) => ({ clinicId: url.split('/')[6]!, token: url.split('/').at(-1)! });

describe('a clinician\'s private calendar feed', () => {
  it('serves the clinician\'s visits by type only, until a new URL replaces it or it is turned off', async () => {
    expect(await calendarFeedStatus(clinic.clinician)).toEqual({ active: false, since: null });
    const first = tokenOf((await createCalendarFeed(clinic.clinician, 'http://localhost:3000', NOW)).url);
    expect(first.clinicId).toBe(clinic.clinicId);
    const text = await readCalendarFeed(first.clinicId, first.token, NOW);
    expect(text).toContain('DTSTART:20260611T130000Z');
    expect(text).toContain('SUMMARY:Visit');
    expect(text).not.toContain('Patient');
    expect((await calendarFeedStatus(clinic.clinician)).active).toBe(true);

    const second = tokenOf((await createCalendarFeed(clinic.clinician, 'http://localhost:3000', NOW)).url);
    expect(await readCalendarFeed(first.clinicId, first.token, NOW)).toBeNull();
    expect(await readCalendarFeed(second.clinicId, second.token, NOW)).toContain('BEGIN:VEVENT');
    expect(await readCalendarFeed(randomBytes(8).toString('hex'), second.token, NOW)).toBeNull();

    await revokeCalendarFeed(clinic.clinician, NOW);
    expect(await readCalendarFeed(second.clinicId, second.token, NOW)).toBeNull();
    expect((await calendarFeedStatus(clinic.clinician)).active).toBe(false);
  });

  it('is for clinicians only', async () => {
    for (const who of [clinic.admin, clinic.patient]) {
      const error = await createCalendarFeed(who, 'http://localhost:3000', NOW).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('forbidden');
    }
    expect(await readCalendarFeed(clinic.clinicId, 'not a token', NOW)).toBeNull();
  });
});
