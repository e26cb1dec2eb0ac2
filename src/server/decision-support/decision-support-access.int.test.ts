import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Role } from '@/config/roles';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { checkInteractions } from './check-interactions';
import { listCalculators } from './list-calculators';
import { runCalculator } from './run-calculator';

let handle: DatabaseHandle;
let clinicId: string;

async function principalOf(email: string, role: Role): Promise<Principal> {
  const [user] = await handle.db.insert(users).values({ email, name: null, emailVerified: new Date() }).returning({ id: users.id });
  await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  return { userId: user!.id, name: null, email, sessionId: 'test', active: { clinicId, role }, memberships: [], permissions: new Set(rolePermissions[role]) };
}

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const eventsOf = (userId: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, userId));

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [clinic] = await handle.db.insert(clinics).values({ slug: 'ds-test', name: 'Decision Support Test Clinic', timeZone: 'UTC', country: 'GB' }).returning({ id: clinics.id });
  clinicId = clinic!.id;
});

afterAll(async () => {
  await handle?.close();
});

describe('who may use decision support', () => {
  it('a clinician calculates and checks; a bare calculation writes no audit event (no patient data)', async () => {
    const clinician = await principalOf('doc@ds.test', 'clinician');
    expect((await listCalculators(clinician)).calculators).toHaveLength(26);
    const result = await runCalculator(clinician, 'bmi', async () => ({ inputs: { weight_kg: 70, height_cm: 175 } }));
    expect(result.category).toBe('normal weight');
    const check = await checkInteractions(clinician, async () => ({ medications: ['simvastatin', 'clarithromycin'] }));
    expect(check.interactions[0]!.oncHighPriority).toBe(true);
    expect(await eventsOf(clinician.userId)).toEqual([]);
  });

  it.each(['patient', 'clinic_admin'] as const)('a %s gets 404 before the body is read, and the denial is audited with ids only', async (role) => {
    const who = await principalOf(`${role}@ds.test`, role);
    let bodyRead = false;
    const readBody = async () => {
      bodyRead = true;
      return { inputs: {} };
    };
    expect((await errorOf(runCalculator(who, 'bmi', readBody))).status).toBe(404);
    expect((await errorOf(listCalculators(who))).status).toBe(404);
    expect((await errorOf(checkInteractions(who, async () => ({ medications: ['x'] })))).status).toBe(404);
    expect(bodyRead).toBe(false);
    const events = await eventsOf(who.userId);
    expect(events.map((e) => [e.action, e.outcome, e.entityType, e.entityId, e.clinicId, e.actingRole]).sort()).toEqual(
      [
        ['decision_support.calculate', 'denied', 'decision_support', null, clinicId, role],
        ['decision_support.check_interactions', 'denied', 'decision_support', null, clinicId, role],
        ['decision_support.list_calculators', 'denied', 'decision_support', null, clinicId, role],
      ].sort(),
    );
  });

  it('an unknown calculator is 404 for a clinician, before the body is read', async () => {
    const clinician = await principalOf('doc2@ds.test', 'clinician');
    const error = await errorOf(runCalculator(clinician, 'no_such_calculator', () => Promise.reject(new Error('body must not be read'))));
    expect(error.status).toBe(404);
  });
});
