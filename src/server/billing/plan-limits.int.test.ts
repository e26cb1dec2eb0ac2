import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { inviteStaff } from '@/server/clinics/invite-staff';
import { reactivateStaffMember } from '@/server/clinics/reactivate-staff-member';
import { setStaffRoles } from '@/server/clinics/set-staff-roles';
import { bookAppointment } from '@/server/scheduling/book-appointment';
import { addMember, createTestClinic, deactivateMember, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { getBillingSummary } from './get-billing-summary';
import { planAllowsLlmDrafting } from './plan-limits';

const NOW = new Date('2026-06-10T12:00:00Z');
let handle: DatabaseHandle;
let clinic: TestClinic;

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const stripeOn = (on: boolean) => {
  if (on) Object.assign(process.env, { STRIPE_SECRET_KEY: 'sk_test_limits', STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(8).toString('hex')}` });
  else for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']) delete process.env[name];
  resetEnvCache();
};
const book = (start: string) => bookAppointment(clinic.patient, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start }, NOW);

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  clinic = await createTestClinic(handle.db, { slug: 'limits', timeZone: 'UTC', hours: [4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '17:00' })) });
  // 299 visits in June 2026 (one clinician, hourly, never overlapping the times booked below).
  const base = Date.parse('2026-06-15T00:00:00Z');
  await handle.db.insert(appointments).values(
    Array.from({ length: 299 }, (_, i) => {
      const startsAt = new Date(base + i * 3_600_000);
      const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
      return { clinicId: clinic.clinicId, patientId: clinic.otherPatientId, clinicianUserId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt, blockedFrom: startsAt, blockedUntil: endsAt };
    }),
  );
  await addMember(handle.db, clinic.clinicId, 'clinician', 'Dr Second');
});

afterAll(async () => {
  stripeOn(false);
  await handle?.close();
});

describe('plan limits', () => {
  it('without Stripe nothing is limited and the summary says billing is off', async () => {
    stripeOn(false);
    expect(await getBillingSummary(clinic.admin, clinic.clinicId)).toEqual({ enabled: false, plan: 'local', status: null, seats: null, seatsUsed: 2, currentPeriodEnd: null, cancelAtPeriodEnd: false });
    expect(await planAllowsLlmDrafting(clinic.clinicId)).toBe(true);
    await inviteStaff(clinic.admin, { email: 'third@example.org', role: 'clinician' }, 'http://localhost', NOW);
  });

  it('on Starter, the 301st booking of the month is refused with an upgrade message, and LLM drafting is off', async () => {
    stripeOn(true);
    expect(await planAllowsLlmDrafting(clinic.clinicId)).toBe(false);
    await book('2026-06-11T09:00:00Z');
    const refused = await errorOf(book('2026-06-11T10:00:00Z'));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/300 appointments a month.*upgrade/i);
    // Another month has room.
    await book('2026-07-02T09:00:00Z');
  });

  it('giving someone the clinician role takes a seat; an existing clinician keeps theirs', async () => {
    // Three seats are used (two clinicians and the pending invitation from the first test).
    const admin = await addMember(handle.db, clinic.clinicId, 'clinic_admin', 'Second admin');
    const refused = await errorOf(setStaffRoles(clinic.admin, { userId: admin.userId, roles: ['clinic_admin', 'clinician'] }, NOW));
    expect(refused.fieldErrors?.role?.[0]).toMatch(/Starter plan allows 2 clinicians/);
    await setStaffRoles(clinic.admin, { userId: clinic.clinician.userId, roles: ['clinician'] }, NOW).catch((error: unknown) => {
      // Nothing to change is the staff use-case's own answer, not a plan refusal.
      expect((error as AppError).message).toMatch(/already holds exactly these roles/);
    });
  });

  it('reactivating a former clinician needs a free seat', async () => {
    const former = await addMember(handle.db, clinic.clinicId, 'clinician', 'Dr Former');
    await deactivateMember(handle.db, former.userId);
    const refused = await errorOf(reactivateStaffMember(clinic.admin, { userId: former.userId }, NOW));
    expect(refused.code).toBe('conflict');
    expect(refused.fieldErrors?.role?.[0]).toMatch(/Starter plan allows 2 clinicians/);
  });
});
