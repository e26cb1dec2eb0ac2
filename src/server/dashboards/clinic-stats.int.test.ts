import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { readClinicStats } from './read-clinic-stats';

let handle: DatabaseHandle;
let clinic: TestClinic;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'stats', timeZone: 'America/New_York', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '13:00' }] });
  const visit = (start: string, status: 'completed' | 'cancelled' | 'no_show') => {
    const startsAt = new Date(start);
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    return { clinicId: clinic.clinicId, patientId: clinic.patientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt, blockedFrom: startsAt, blockedUntil: endsAt, status };
  };
  // Monday 1 June 2026 in New York; the last one is 23:30 local on Monday but Tuesday in UTC.
  await handle.db.insert(appointments).values([visit('2026-06-01T13:00:00Z', 'completed'), visit('2026-06-01T14:00:00Z', 'no_show'), visit('2026-06-01T15:00:00Z', 'cancelled'), visit('2026-06-02T03:30:00Z', 'completed')]);
});

afterAll(async () => {
  await handle?.close();
});

describe('clinic admin figures', () => {
  it('counts per clinic-local day, rates and utilisation from aggregates', async () => {
    const stats = await readClinicStats(clinic.admin, { from: '2026-06-01', to: '2026-06-07' });
    expect(stats.perDay[0]).toMatchObject({ day: '2026-06-01', total: 4, attended: 2, cancelled: 1, noShow: 1 });
    expect(stats.perDay).toHaveLength(7);
    expect(stats.totals).toMatchObject({ appointments: 4, cancellationRate: 25, noShowRate: 33.3 });
    // 3 visits of 30 minutes not cancelled, over one Monday of 4 working hours.
    expect(stats.utilisation).toEqual([expect.objectContaining({ bookedMinutes: 90, availableMinutes: 240, rate: 37.5 })]);
  });

  it('refuses a bad range with the field named, and anyone without the statistics permission', async () => {
    await expect(readClinicStats(clinic.admin, { from: 'yesterday' })).rejects.toMatchObject({ code: 'validation_failed', fieldErrors: { from: [expect.any(String)] } });
    await expect(readClinicStats(clinic.admin, { from: '2020-01-01', to: '2026-01-01' })).rejects.toBeInstanceOf(AppError);
    await expect(readClinicStats(clinic.clinician, {})).rejects.toMatchObject({ code: 'forbidden' });
  });
});
