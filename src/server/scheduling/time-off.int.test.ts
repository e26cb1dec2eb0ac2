import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { listSlots } from './list-slots';
import { addTimeOff, listTimeOff, removeTimeOff } from './manage-time-off';
import { createTestClinic, type TestClinic } from './scheduling-fixtures.repo';

const NOW = new Date('2026-06-10T12:00:00Z');
let handle: DatabaseHandle;
let clinic: TestClinic;

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const slotCount = async (day: string) =>
  (await listSlots(clinic.patient, clinic.clinicId, { clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, from: day, to: day }, NOW)).slots.length;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'off', timeZone: 'America/New_York', hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '12:00' })) });
});

afterAll(async () => {
  await handle?.close();
});

describe('time off', () => {
  it('a clinician records whole days off; their slots disappear; an overlap is refused by the database, naming the field', async () => {
    expect(await slotCount('2026-06-15')).toBe(6);
    const { id } = await addTimeOff(clinic.clinician, { from: '2026-06-15', to: '2026-06-16', reason: 'Conference' });
    expect(await slotCount('2026-06-15')).toBe(0);
    expect(await slotCount('2026-06-16')).toBe(0);
    expect(await slotCount('2026-06-17')).toBe(6);
    expect(await listTimeOff(clinic.clinician, undefined, NOW)).toEqual([{ id, from: '2026-06-15T00:00:00-04:00', to: '2026-06-17T00:00:00-04:00', reason: 'Conference' }]);

    const overlap = await errorOf(addTimeOff(clinic.admin, { clinicianId: clinic.clinician.userId, from: '2026-06-16T10:00:00-04:00', to: '2026-06-16T11:00:00-04:00', reason: 'Dentist' }));
    expect([overlap.status, Object.keys(overlap.fieldErrors ?? {})]).toEqual([409, ['from']]);
    const bad = await errorOf(addTimeOff(clinic.clinician, { from: '2026-06-20', to: '2026-06-19', reason: '' }));
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(['reason']);
    expect((await errorOf(addTimeOff(clinic.clinician, { from: '2026-06-20', to: '2026-06-19', reason: 'x' }))).fieldErrors).toHaveProperty('to');

    await removeTimeOff(clinic.clinician, { id });
    expect(await slotCount('2026-06-15')).toBe(6);
  });

  it('patients cannot, and a clinician cannot manage a colleague\'s', async () => {
    expect((await errorOf(addTimeOff(clinic.patient, { from: '2026-06-20', to: '2026-06-20', reason: 'x' }))).code).toBe('forbidden');
    expect((await errorOf(addTimeOff(clinic.clinician, { clinicianId: clinic.admin.userId, from: '2026-06-20', to: '2026-06-20', reason: 'x' }))).code).toBe('forbidden');
    expect((await errorOf(addTimeOff(clinic.admin, { clinicianId: clinic.admin.userId, from: '2026-06-20', to: '2026-06-20', reason: 'x' }))).status).toBe(404);
  });
});
