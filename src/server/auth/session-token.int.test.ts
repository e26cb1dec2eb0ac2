import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';
import { refreshSessionToken } from './session-token';
import { revokeAllSessions, revokeSession } from './users.repo';

let handle: DatabaseHandle;
let userId: string;
let clinicA: string;
let clinicB: string;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [user] = await handle.db.insert(users).values({ email: 'multi.role@example.org', name: 'Multi Role' }).returning();
  const [a, b] = await handle.db
    .insert(clinics)
    .values([
      { slug: 'a', name: 'Clinic A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'b', name: 'Clinic B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning();
  userId = user!.id;
  clinicA = a!.id;
  clinicB = b!.id;
  await handle.db.insert(memberships).values([
    { userId, clinicId: clinicA, role: 'clinician', createdAt: new Date('2026-01-01') },
    { userId, clinicId: clinicB, role: 'patient', createdAt: new Date('2026-02-01') },
  ]);
});

describe('session token refresh', () => {
  it('starts on the most recent membership and switches only to a held one', async () => {
    const token = await refreshSessionToken({}, userId, undefined);
    expect(token?.active).toEqual({ clinicId: clinicB, role: 'patient' });
    const switched = await refreshSessionToken({ ...token }, undefined, { clinicId: clinicA, role: 'clinician' });
    expect(switched?.active).toEqual({ clinicId: clinicA, role: 'clinician' });
    const refused = await refreshSessionToken({ ...switched }, undefined, { clinicId: clinicB, role: 'clinic_admin' });
    expect(refused?.active).toEqual({ clinicId: clinicA, role: 'clinician' });
  });

  it('ends the session 8 hours after sign-in however active it was', async () => {
    const signedInAt = Date.now() - SESSION_MAX_AGE_SECONDS * 1000 + 60_000;
    const token = { uid: userId, sid: 's-cap', signedInAt };
    expect(await refreshSessionToken({ ...token }, undefined, undefined)).not.toBeNull();
    expect(await refreshSessionToken({ ...token }, undefined, undefined, signedInAt + SESSION_MAX_AGE_SECONDS * 1000)).toBeNull();
  });

  it('refuses a signed-out session at once, and every session after "sign out everywhere"', async () => {
    const signedInAt = Date.now() - 5_000;
    const first = { uid: userId, sid: 's-1', signedInAt };
    const second = { uid: userId, sid: 's-2', signedInAt };
    await revokeSession(userId, 's-1', new Date(Date.now() + 3600_000));
    expect(await refreshSessionToken({ ...first }, undefined, undefined)).toBeNull();
    expect(await refreshSessionToken({ ...second }, undefined, undefined)).not.toBeNull();
    await revokeAllSessions(userId, new Date());
    expect(await refreshSessionToken({ ...second }, undefined, undefined)).toBeNull();
    expect(await refreshSessionToken({}, userId, undefined)).not.toBeNull();
  });

  it('drops a role the moment its membership is deactivated', async () => {
    const token = await refreshSessionToken({}, userId, undefined);
    const asClinician = await refreshSessionToken({ ...token }, undefined, { clinicId: clinicA, role: 'clinician' });
    const { eq, and } = await import('drizzle-orm');
    await handle.db.update(memberships).set({ status: 'deactivated' }).where(and(eq(memberships.userId, userId), eq(memberships.clinicId, clinicA)));
    const after = await refreshSessionToken({ ...asClinician }, undefined, undefined);
    expect(after?.active).toEqual({ clinicId: clinicB, role: 'patient' });
  });
});

describe('staff inactivity timeout', () => {
  const thirtyMinutes = 30 * 60_000;

  it('ends a staff session idle past the limit, keeps an active one, and never times out a patient', async () => {
    const now = Date.now();
    const clinicianToken = { uid: userId, sid: 'idle-1', signedInAt: now - 3600_000, active: { clinicId: clinicA, role: 'clinician' as const } };
    await handle.db.update(memberships).set({ status: 'active' });
    // An earlier test signed this user out everywhere; start from a clean slate.
    await handle.db.update(users).set({ sessionsValidAfter: null });
    const fresh = await refreshSessionToken({ ...clinicianToken, lastActivity: now - thirtyMinutes + 60_000 }, undefined, undefined, now, thirtyMinutes);
    expect(fresh?.lastActivity).toBe(now);
    expect(await refreshSessionToken({ ...clinicianToken, lastActivity: now - thirtyMinutes - 1 }, undefined, undefined, now, thirtyMinutes)).toBeNull();
    const patientToken = { ...clinicianToken, sid: 'idle-2', active: { clinicId: clinicB, role: 'patient' as const }, lastActivity: now - 4 * thirtyMinutes };
    expect(await refreshSessionToken(patientToken, undefined, undefined, now, thirtyMinutes)).not.toBeNull();
  });
});
