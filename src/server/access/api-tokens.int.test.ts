import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { apiTokens, users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { activeMemberships } from '@/server/auth/users.repo';
import { createApiToken } from './create-api-token';
import { bearerTokenOf } from './api-token';
import { principalFromBearer } from './bearer-principal';
import { listApiTokens } from './list-api-tokens';
import { rolePermissions } from './permissions';
import type { Principal } from './principal';
import { revokeApiToken } from './revoke-api-token';

let handle: DatabaseHandle;
let owner: Principal;
let clinicId: string;
const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AppError);
// The route wrapper (signedInRoute) imports Auth.js, which does not load outside Next.js; the e2e suite
// calls /api/v1/me with a token. Here: the header parsing and the principal the wrapper builds from it.
const principalOf = (authorization: string) => principalFromBearer(bearerTokenOf(new Request('http://localhost/', { headers: { authorization } })) ?? '');
const refusal = async (authorization: string) => {
  const error = await errorOf(principalOf(authorization));
  expect(error?.status).toBe(401);
  return error!.message;
};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [clinic] = await handle.db.insert(clinics).values({ slug: 'tok', name: 'Token Clinic', timeZone: 'UTC', country: 'GB' }).returning({ id: clinics.id });
  clinicId = clinic!.id;
  const [user] = await handle.db.insert(users).values({ email: 'doc@tok.test', name: 'Dr Token' }).returning({ id: users.id });
  await handle.db.insert(memberships).values([
    { userId: user!.id, clinicId, role: 'clinician' },
    { userId: user!.id, clinicId, role: 'clinic_admin' },
  ]);
  owner = {
    userId: user!.id, name: 'Dr Token', email: 'doc@tok.test', sessionId: 's', active: { clinicId, role: 'clinic_admin' },
    memberships: await activeMemberships(user!.id), permissions: new Set(rolePermissions.clinic_admin), via: 'session',
  };
});

afterAll(async () => {
  await handle.close();
});

describe('API tokens', () => {
  it('creates a token shown once and stored as a hash; the bearer acts in the token role', async () => {
    const { id, token } = await createApiToken(owner, { name: 'Script', membership: `${clinicId}:clinician`, expiresInDays: '30' });
    expect(token).toMatch(/^cxa_/);
    const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);

    const principal = await principalOf(`Bearer ${token}`);
    expect(principal).toMatchObject({ userId: owner.userId, email: 'doc@tok.test', active: { clinicId, role: 'clinician' }, via: 'bearer' });
    expect(principal.permissions.has('chart:read')).toBe(true);
    expect(principal.permissions.has('staff:manage')).toBe(false);
    expect((await listApiTokens(owner))[0]).toMatchObject({ id, status: 'active', role: 'clinician' });
    expect((await listApiTokens(owner))[0]!.lastUsedAt).not.toBeNull();
    expect(bearerTokenOf(new Request('http://localhost/'))).toBeNull();
  });

  it('refuses unknown, malformed, revoked and expired tokens with 401 and a clear message', async () => {
    expect(await refusal(`Bearer cxa_${'A'.repeat(43)}`)).toMatch(/unknown/);
    expect(await refusal('Basic abc')).toMatch(/Authorization: Bearer/);
    expect(await refusal('Bearer not-a-token')).toMatch(/Authorization: Bearer/);

    const { id, token } = await createApiToken(owner, { name: 'Old', membership: `${clinicId}:clinic_admin`, expiresInDays: 1 });
    await revokeApiToken(owner, { id });
    expect(await refusal(`Bearer ${token}`)).toMatch(/revoked/);

    const soon = await createApiToken(owner, { name: 'Soon', membership: `${clinicId}:clinic_admin`, expiresInDays: 1 }, new Date(Date.now() - 2 * 86_400_000));
    expect(await refusal(`Bearer ${soon.token}`)).toMatch(/expired/);
  });

  it('stops working when the membership is deactivated', async () => {
    const { token } = await createApiToken(owner, { name: 'Clin', membership: `${clinicId}:clinician`, expiresInDays: 7 });
    await handle.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.role, 'clinician'));
    expect(await refusal(`Bearer ${token}`)).toMatch(/no longer active/);
    await handle.db.update(memberships).set({ status: 'active' }).where(eq(memberships.role, 'clinician'));
  });

  it('validates input, only for roles the person holds, and is audited', async () => {
    const bad = await errorOf(createApiToken(owner, { name: '', membership: 'x', expiresInDays: 91 }));
    expect(Object.keys(bad?.fieldErrors ?? {}).sort()).toEqual(['expiresInDays', 'membership', 'name']);
    const notMine = await errorOf(createApiToken(owner, { name: 'x', membership: ':platform_admin', expiresInDays: 7 }));
    expect(Object.keys(notMine?.fieldErrors ?? {})).toEqual(['membership']);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, owner.userId));
    expect(events.filter((e) => e.action === 'api-token.revoke').map((e) => e.outcome)).toEqual(['allowed']);
    expect(events.filter((e) => e.action === 'api-token.create')).toHaveLength(4);
    // Someone else's token id is not found.
    expect((await errorOf(revokeApiToken({ ...owner, userId: '00000000-0000-4000-8000-000000000000' }, { id: events[0]!.entityId })))?.code).toBe('not_found');
  });

  it('a bearer cannot mint tokens', async () => {
    const bearer: Principal = { ...owner, via: 'bearer' };
    expect((await errorOf(createApiToken(bearer, { name: 'x', membership: `${clinicId}:clinician`, expiresInDays: 7 })))?.code).toBe('forbidden');
  });
});
