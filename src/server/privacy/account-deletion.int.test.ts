import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { accountDeletionRequests, retainedPatientRecords } from '@/db/schema/account-deletion';
import { accounts, users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { mailOutbox } from '@/db/schema/notifications';
import { patients, problems } from '@/db/schema/patients';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { hashPassword } from '@/server/auth/password';
import { accountDeletionStatus, cancelAccountDeletion, requestAccountDeletion } from './account-deletion';
import { eraseDueAccounts } from './erase-due-accounts';

let handle: DatabaseHandle;
const clinicId = randomUUID();
const base = 'http://localhost:3000';
const day = 86_400_000;
const t0 = new Date('2026-11-27T10:00:00Z');

const principalOf = (userId: string, email: string): Principal => ({
  userId, name: null, email, sessionId: 'test', active: null, memberships: [], permissions: new Set(['self:read']),
});

async function person(email: string, options: { password?: string; google?: boolean } = {}) {
  const id = randomUUID();
  await handle.db.insert(users).values({ id, email, name: 'Test Person', passwordHash: options.password ? await hashPassword(options.password) : null, emailVerified: t0 });
  if (options.google) await handle.db.insert(accounts).values({ userId: id, type: 'oidc', provider: 'google', providerAccountId: `g-${id}` });
  await handle.db.insert(memberships).values({ userId: id, clinicId, role: 'patient' });
  const [patient] = await handle.db
    .insert(patients)
    .values({ clinicId, userId: id, recordNumber: `MRN-${id.slice(0, 8)}`, givenName: 'Test', familyName: 'Person', dateOfBirth: '1980-01-01', sexAtBirth: 'female' })
    .returning({ id: patients.id });
  await handle.db.insert(problems).values({ clinicId, patientId: patient!.id, code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' });
  return { id, email, patientId: patient!.id, principal: principalOf(id, email) };
}

const mailTo = async (address: string) => (await handle.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address))).map((m) => m.subject);
const session = (signedInAtMs: number) => ({ signedInAtMs, baseUrl: base });

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  await handle.db.insert(clinics).values({ id: clinicId, slug: `c-${clinicId.slice(0, 8)}`, name: 'Test Clinic', timeZone: 'Europe/London', country: 'GB' });
});

afterAll(async () => {
  await handle.close();
});

describe('account deletion', () => {
  it('needs the right password, and refuses a second pending request', async () => {
    const p = await person('pw@example.org', { password: 'correct horse battery staple' });
    const wrong = await requestAccountDeletion(p.principal, { password: 'nope', acknowledge: 'on' }, session(t0.getTime()), t0).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).fieldErrors).toEqual({ password: ['That password is not right.'] });
    const unticked = await requestAccountDeletion(p.principal, { password: 'correct horse battery staple' }, session(t0.getTime()), t0).catch((e: unknown) => e);
    expect(Object.keys((unticked as AppError).fieldErrors ?? {})).toEqual(['acknowledge']);
    expect(await handle.db.select().from(accountDeletionRequests).where(eq(accountDeletionRequests.userId, p.id))).toEqual([]);

    const done = await requestAccountDeletion(p.principal, { password: 'correct horse battery staple', acknowledge: 'on' }, session(t0.getTime()), t0);
    expect(done.eraseAfter).toBe(new Date(t0.getTime() + 14 * day).toISOString());
    expect(await mailTo(p.email)).toEqual(['Your ClinixAI account will be deleted']);
    const again = await requestAccountDeletion(p.principal, { password: 'correct horse battery staple', acknowledge: 'on' }, session(t0.getTime()), t0).catch((e: unknown) => e);
    expect((again as AppError).code).toBe('conflict');
    const status = await accountDeletionStatus(p.principal, session(t0.getTime()), t0);
    expect(status.pending?.eraseAfter).toBe(done.eraseAfter);
  });

  it('asks an account without a password for a sign-in of the last 10 minutes', async () => {
    const p = await person('google-only@example.org', { google: true });
    const stale = await requestAccountDeletion(p.principal, { acknowledge: 'on' }, session(t0.getTime() - 11 * 60_000), t0).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe('forbidden');
    expect((await accountDeletionStatus(p.principal, session(t0.getTime() - 11 * 60_000), t0)).confirmation).toBe('fresh-sign-in');
    await requestAccountDeletion(p.principal, { acknowledge: 'on' }, session(t0.getTime() - 60_000), t0);
    expect((await accountDeletionStatus(p.principal, session(t0.getTime()), t0)).pending).not.toBeNull();
  });

  it('can be cancelled during the grace period, and then nothing is erased', async () => {
    const p = await person('cancel@example.org', { password: 'correct horse battery staple' });
    await requestAccountDeletion(p.principal, { password: 'correct horse battery staple', acknowledge: 'on' }, session(t0.getTime()), t0);
    await cancelAccountDeletion(p.principal, session(t0.getTime()), new Date(t0.getTime() + day));
    expect(await mailTo(p.email)).toEqual(['Your ClinixAI account will be deleted', 'Your ClinixAI account will not be deleted']);
    await eraseDueAccounts(new Date(t0.getTime() + 30 * day));
    expect(await handle.db.select({ id: users.id }).from(users).where(eq(users.id, p.id))).toHaveLength(1);
    const nothing = await cancelAccountDeletion(p.principal, session(t0.getTime())).catch((e: unknown) => e);
    expect((nothing as AppError).code).toBe('not_found');
  });

  it('erases after 14 days, keeps the clinical record marked as retained, and confirms by email', async () => {
    const p = await person('erase@example.org', { password: 'correct horse battery staple' });
    await requestAccountDeletion(p.principal, { password: 'correct horse battery staple', acknowledge: 'on' }, session(t0.getTime()), t0);

    await eraseDueAccounts(new Date(t0.getTime() + 14 * day - 1));
    expect(await handle.db.select({ id: users.id }).from(users).where(eq(users.id, p.id))).toHaveLength(1);

    await eraseDueAccounts(new Date(t0.getTime() + 14 * day));
    expect(await handle.db.select({ id: users.id }).from(users).where(eq(users.id, p.id))).toEqual([]);
    expect(await handle.db.select().from(memberships).where(eq(memberships.userId, p.id))).toEqual([]);
    const [record] = await handle.db.select({ userId: patients.userId }).from(patients).where(eq(patients.id, p.patientId));
    expect(record).toEqual({ userId: null });
    expect(await handle.db.select({ reason: retainedPatientRecords.reason }).from(retainedPatientRecords).where(eq(retainedPatientRecords.patientId, p.patientId))).toEqual([{ reason: 'account_erased' }]);
    expect(await handle.db.select({ code: problems.code }).from(problems).where(eq(problems.patientId, p.patientId))).toEqual([{ code: 'E11.9' }]);
    // Earlier mail to the address is gone with the account; only the confirmation remains, and the request forgets the address.
    expect(await mailTo(p.email)).toEqual(['Your ClinixAI account has been deleted']);
    const [request] = await handle.db.select().from(accountDeletionRequests).where(eq(accountDeletionRequests.userId, p.id));
    expect(request?.notifyEmail).toBeNull();
    expect(request?.erasedAt?.toISOString()).toBe(new Date(t0.getTime() + 14 * day).toISOString());
  });

  it('two sweeps at once erase each account exactly once', async () => {
    const a = await person('race-a@example.org', { password: 'correct horse battery staple' });
    const b = await person('race-b@example.org', { password: 'correct horse battery staple' });
    for (const p of [a, b]) await requestAccountDeletion(p.principal, { password: 'correct horse battery staple', acknowledge: 'on' }, session(t0.getTime()), t0);
    const later = new Date(t0.getTime() + 15 * day);
    const results = await Promise.all([eraseDueAccounts(later), eraseDueAccounts(later)]);
    expect(results.reduce((sum, r) => sum + r.erased, 0)).toBe(2);
    for (const p of [a, b]) expect(await mailTo(p.email)).toEqual(['Your ClinixAI account has been deleted']);
  });
});
