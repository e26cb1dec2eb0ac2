import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { staffInvitations } from '@/db/schema/invitations';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Role } from '@/config/roles';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { acceptInvitation } from './accept-invitation';
import { inviteStaff } from './invite-staff';
import { joinWithPassword } from './join-with-password';
import { listStaff } from './list-staff';
import { revokeInvitation } from './revoke-invitation';
import { viewInvitation } from './view-invitation';

const base = 'http://localhost:3000';
let handle: DatabaseHandle;
let riverside: string;
let harbor: string;
let riversideAdmin: Principal;
let harborAdmin: Principal;
let clinician: Principal;

async function addUser(email: string, name: string, clinicId: string | null, role: Role): Promise<Principal> {
  const [user] = await handle.db.insert(users).values({ email, name, emailVerified: new Date() }).returning({ id: users.id });
  if (clinicId) await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  return {
    userId: user!.id,
    name,
    email,
    sessionId: 'test',
    active: clinicId ? { clinicId, role } : null,
    memberships: [],
    permissions: new Set(clinicId ? rolePermissions[role] : ['self:read']),
  };
}

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const tokenSentTo = async (to: string) => {
  const [mail] = (await latestOutboxMessages(20)).filter((m) => m.toAddress === to);
  return mail?.textBody.match(/\/join\?token=([A-Za-z0-9_-]+)/)?.[1];
};

const eventsFor = (entityId: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const rows = await handle.db
    .insert(clinics)
    .values([
      { slug: 'riverside-test', name: 'Riverside Test Clinic', timeZone: 'America/New_York', country: 'US' },
      { slug: 'harbor-test', name: 'Harbor Test Clinic', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = rows[0]!.id;
  harbor = rows[1]!.id;
  riversideAdmin = await addUser('admin@riverside.test', 'Ada Admin', riverside, 'clinic_admin');
  harborAdmin = await addUser('admin@harbor.test', 'Hal Admin', harbor, 'clinic_admin');
  clinician = await addUser('doc@riverside.test', 'Dee Doc', riverside, 'clinician');
});

describe('inviting staff', () => {
  it('names each bad field and stores nothing', async () => {
    const error = await errorOf(inviteStaff(riversideAdmin, { email: 'not an email', role: 'patient' }, base));
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['email', 'role']);
    expect(await handle.db.select().from(staffInvitations)).toHaveLength(0);
  });

  it('refuses a clinician and a person without a clinic role, and records the denial', async () => {
    expect((await errorOf(inviteStaff(clinician, { email: 'x@example.org', role: 'clinician' }, base))).code).toBe('forbidden');
    const patient = await addUser('pat@example.org', 'Pat', riverside, 'patient');
    expect((await errorOf(inviteStaff(patient, { email: 'x@example.org', role: 'clinician' }, base))).code).toBe('forbidden');
    const denied = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'staff.invite')));
    expect(denied.map((e) => e.outcome)).toEqual(['denied']);
  });

  it('answers 409 for an address that is already an active member in that role', async () => {
    const error = await errorOf(inviteStaff(riversideAdmin, { email: 'DOC@riverside.test', role: 'clinician' }, base));
    expect(error.status).toBe(409);
    expect(error.message).toBe('doc@riverside.test is already a clinician at Riverside Test Clinic.');
    expect(error.fieldErrors?.email).toHaveLength(1);
    // The same person may still be invited to another role.
    await expect(inviteStaff(riversideAdmin, { email: 'doc@riverside.test', role: 'clinic_admin' }, base)).resolves.toBeDefined();
  });
});

describe('joining from an invitation', () => {
  it('creates the account, the membership and the used invitation, once; the token is stored hashed', async () => {
    const { invitation } = await inviteStaff(riversideAdmin, { email: 'New.Doc@Example.org', role: 'clinician' }, base);
    expect(invitation).toMatchObject({ email: 'new.doc@example.org', role: 'clinician', status: 'pending' });
    const token = await tokenSentTo('new.doc@example.org');
    expect(token).toBeDefined();
    const [stored] = await handle.db.select().from(staffInvitations).where(eq(staffInvitations.id, invitation.id));
    expect(stored!.tokenHash).not.toBe(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600_000, -4);

    expect(await viewInvitation(token)).toMatchObject({ state: 'pending', clinicName: 'Riverside Test Clinic', role: 'clinician' });
    const weak = await errorOf(joinWithPassword({ token, name: '', password: 'short' }));
    expect(Object.keys(weak.fieldErrors ?? {}).sort()).toEqual(['name', 'password']);

    const joined = await joinWithPassword({ token, name: 'Nia Doc', password: 'a quiet harbour at noon' });
    expect(joined).toMatchObject({ clinicId: riverside, role: 'clinician', home: '/clinician', email: 'new.doc@example.org' });
    const [member] = await handle.db.select().from(memberships).where(eq(memberships.userId, joined.userId));
    expect(member).toMatchObject({ clinicId: riverside, role: 'clinician', status: 'active' });
    const [user] = await handle.db.select().from(users).where(eq(users.id, joined.userId));
    expect(user!.emailVerified).not.toBeNull();

    expect(await viewInvitation(token)).toEqual({ state: 'accepted' });
    expect((await errorOf(joinWithPassword({ token, name: 'Again', password: 'a quiet harbour at noon' }))).status).toBe(409);
    const events = await eventsFor(invitation.id);
    expect(events.map((e) => [e.action, e.outcome]).sort()).toEqual([
      ['staff.invitation.accept', 'allowed'],
      ['staff.invite', 'allowed'],
    ]);
    // Audit rows hold ids only.
    expect(JSON.stringify(events)).not.toContain('@');
  });

  it('an existing account accepts while signed in, only with the invited address', async () => {
    const person = await addUser('elsewhere@example.org', 'Eli', harbor, 'clinician');
    const { invitation } = await inviteStaff(riversideAdmin, { email: 'elsewhere@example.org', role: 'clinic_admin' }, base);
    const token = await tokenSentTo('elsewhere@example.org');

    const wrong = await errorOf(acceptInvitation(clinician, { token }));
    expect(wrong.code).toBe('forbidden');
    expect((await errorOf(joinWithPassword({ token, name: 'Eli', password: 'a quiet harbour at noon' }))).message).toMatch(/already uses this email/);

    await expect(acceptInvitation(person, { token })).resolves.toEqual({ clinicId: riverside, role: 'clinic_admin', home: '/admin' });
    expect((await errorOf(acceptInvitation(person, { token }))).status).toBe(409);
    const outcomes = (await eventsFor(invitation.id)).map((e) => `${e.action}:${e.outcome}`).sort();
    expect(outcomes).toEqual(['staff.invitation.accept:allowed', 'staff.invitation.accept:denied', 'staff.invite:allowed']);
  });

  it('refuses an expired link and an unknown one', async () => {
    const long = new Date(Date.now() - 8 * 24 * 3600_000);
    await inviteStaff(riversideAdmin, { email: 'late@example.org', role: 'clinician' }, base, long);
    const token = await tokenSentTo('late@example.org');
    expect(await viewInvitation(token)).toEqual({ state: 'expired' });
    expect((await errorOf(joinWithPassword({ token, name: 'Late', password: 'a quiet harbour at noon' }))).status).toBe(409);
    expect(await viewInvitation('A'.repeat(43))).toEqual({ state: 'invalid' });
    expect((await errorOf(acceptInvitation(clinician, { token: 'A'.repeat(43) }))).status).toBe(404);
  });
});

describe('the staff screen and revoking', () => {
  it('lists staff and invitations with their state, and revokes a pending one', async () => {
    const { invitation } = await inviteStaff(riversideAdmin, { email: 'maybe@example.org', role: 'clinician' }, base);
    const token = await tokenSentTo('maybe@example.org');
    const listed = await listStaff(riversideAdmin);
    expect(listed.staff.map((s) => s.email)).toEqual(expect.arrayContaining(['admin@riverside.test', 'doc@riverside.test']));
    expect(listed.staff.some((s) => s.email === 'admin@harbor.test')).toBe(false);
    const statuses = new Map(listed.invitations.map((i) => [i.email, i.status]));
    expect(statuses.get('maybe@example.org')).toBe('pending');
    expect(statuses.get('new.doc@example.org')).toBe('accepted');
    expect(statuses.get('late@example.org')).toBe('expired');

    // Another clinic's invitation is not found; a clinician may not revoke.
    expect((await errorOf(revokeInvitation(harborAdmin, { invitationId: invitation.id }))).status).toBe(404);
    expect((await errorOf(revokeInvitation(clinician, { invitationId: invitation.id }))).code).toBe('forbidden');
    expect(Object.keys((await errorOf(revokeInvitation(riversideAdmin, { invitationId: 'nope' }))).fieldErrors ?? {})).toEqual(['invitationId']);

    await revokeInvitation(riversideAdmin, { invitationId: invitation.id });
    expect(await viewInvitation(token)).toEqual({ state: 'revoked' });
    expect((await errorOf(revokeInvitation(riversideAdmin, { invitationId: invitation.id }))).status).toBe(409);
    const revokes = (await eventsFor(invitation.id)).filter((e) => e.action === 'staff.invitation.revoke');
    expect(revokes.map((e) => e.outcome).sort()).toEqual(['allowed', 'denied', 'denied']);
  });

  it('inviting again replaces the earlier link', async () => {
    await inviteStaff(riversideAdmin, { email: 'twice@example.org', role: 'clinician' }, base);
    const first = await tokenSentTo('twice@example.org');
    await inviteStaff(riversideAdmin, { email: 'twice@example.org', role: 'clinician' }, base);
    const second = await tokenSentTo('twice@example.org');
    expect(second).not.toBe(first);
    expect(await viewInvitation(first)).toEqual({ state: 'revoked' });
    expect(await viewInvitation(second)).toMatchObject({ state: 'pending' });
  });
});
