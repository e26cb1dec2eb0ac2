import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Role } from '@/config/roles';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { activeMemberships } from '@/server/auth/users.repo';
import { deactivateStaffMember } from './deactivate-staff-member';
import { listStaff } from './list-staff';
import { reactivateStaffMember } from './reactivate-staff-member';
import { setStaffRoles } from './set-staff-roles';

let handle: DatabaseHandle;
let riverside: string;
let harbor: string;
let admin: Principal;
let doc: Principal;
let harborAdmin: Principal;

async function person(email: string, clinicId: string, roles: Role[]): Promise<Principal> {
  const [user] = await handle.db.insert(users).values({ email, name: email.split('@')[0] }).returning({ id: users.id });
  for (const role of roles) await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  const role = roles[0]!;
  return { userId: user!.id, name: null, email, sessionId: 't', active: { clinicId, role }, memberships: [], permissions: new Set(rolePermissions[role]) };
}

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AppError);
const rolesOf = async (userId: string) => (await activeMemberships(userId)).map((m) => `${m.role}`).sort();

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const cs = await handle.db
    .insert(clinics)
    .values([
      { slug: 'staff-a', name: 'Staff A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'staff-b', name: 'Staff B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = cs[0]!.id;
  harbor = cs[1]!.id;
  admin = await person('ada@staff.test', riverside, ['clinic_admin']);
  doc = await person('doc@staff.test', riverside, ['clinician']);
  harborAdmin = await person('hal@staff.test', harbor, ['clinic_admin']);
});

afterAll(async () => {
  await handle.close();
});

describe('staff management', () => {
  it('changes roles, and a removed role stops counting at once', async () => {
    await setStaffRoles(admin, { userId: doc.userId, roles: ['clinician', 'clinic_admin'] });
    expect(await rolesOf(doc.userId)).toEqual(['clinic_admin', 'clinician']);
    await setStaffRoles(admin, { userId: doc.userId, roles: ['clinician'] });
    expect(await rolesOf(doc.userId)).toEqual(['clinician']);
    const [row] = await handle.db.select().from(memberships).where(and(eq(memberships.userId, doc.userId), eq(memberships.role, 'clinic_admin')));
    expect(row).toMatchObject({ status: 'deactivated' });
    expect(row!.deactivatedAt).toBeInstanceOf(Date);
    expect((await errorOf(setStaffRoles(admin, { userId: doc.userId, roles: ['clinician'] })))?.code).toBe('conflict');
  });

  it('names bad input: no role, a patient role, a bad id', async () => {
    const none = await errorOf(setStaffRoles(admin, { userId: doc.userId, roles: [] }));
    expect(Object.keys(none?.fieldErrors ?? {})).toEqual(['roles']);
    const bad = await errorOf(setStaffRoles(admin, { userId: 'x', roles: ['patient'] }));
    expect(Object.keys(bad?.fieldErrors ?? {}).sort()).toEqual(['roles.0', 'userId']);
  });

  it('deactivates and reactivates; the person keeps their history and the staff list shows the state', async () => {
    await deactivateStaffMember(admin, { userId: doc.userId });
    expect(await rolesOf(doc.userId)).toEqual([]);
    let listed = (await listStaff(admin)).staff.find((s) => s.userId === doc.userId);
    expect(listed).toMatchObject({ status: 'deactivated', roles: [] });
    expect(listed?.deactivatedAt).not.toBeNull();
    expect((await errorOf(deactivateStaffMember(admin, { userId: doc.userId })))?.code).toBe('conflict');

    await reactivateStaffMember(admin, { userId: doc.userId });
    // Only the role the deactivation took away comes back, not the admin role removed earlier.
    expect(await rolesOf(doc.userId)).toEqual(['clinician']);
    listed = (await listStaff(admin)).staff.find((s) => s.userId === doc.userId);
    expect(listed).toMatchObject({ status: 'active', roles: ['clinician'], deactivatedAt: null });

    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, doc.userId));
    expect(events.filter((e) => e.outcome === 'allowed').map((e) => e.action)).toEqual([
      'staff.roles.change', 'staff.roles.change', 'staff.deactivate', 'staff.reactivate',
    ]);
  });

  it('never leaves the clinic without an active admin', async () => {
    const self = await errorOf(deactivateStaffMember(admin, { userId: admin.userId }));
    expect(self?.code).toBe('conflict');
    expect(self?.message).toMatch(/at least one active clinic admin/);
    expect((await errorOf(setStaffRoles(admin, { userId: admin.userId, roles: ['clinician'] })))?.fieldErrors?.roles).toHaveLength(1);
    expect(await rolesOf(admin.userId)).toEqual(['clinic_admin']);

    // With a second admin, demoting oneself is fine.
    await setStaffRoles(admin, { userId: doc.userId, roles: ['clinician', 'clinic_admin'] });
    await setStaffRoles(admin, { userId: admin.userId, roles: ['clinician'] });
    expect(await rolesOf(admin.userId)).toEqual(['clinician']);
  });

  it('two admins demoting each other at once: one succeeds, the clinic keeps an admin', async () => {
    const a = await person('a2@staff.test', riverside, ['clinic_admin']);
    const [admins] = await Promise.all([
      handle.db.select().from(memberships).where(and(eq(memberships.clinicId, riverside), eq(memberships.role, 'clinic_admin'), eq(memberships.status, 'active'))),
    ]);
    // Leave exactly two admins: doc and a.
    for (const m of admins!) if (m.userId !== doc.userId && m.userId !== a.userId) await deactivateStaffMember(a, { userId: m.userId });
    const docAsAdmin: Principal = { ...doc, active: { clinicId: riverside, role: 'clinic_admin' }, permissions: new Set(rolePermissions.clinic_admin) };
    const results = await Promise.allSettled([deactivateStaffMember(docAsAdmin, { userId: a.userId }), deactivateStaffMember(a, { userId: doc.userId })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const left = await handle.db.select().from(memberships).where(and(eq(memberships.clinicId, riverside), eq(memberships.role, 'clinic_admin'), eq(memberships.status, 'active')));
    expect(left).toHaveLength(1);
  });

  it('another clinic cannot see or touch this staff (404), a clinician cannot manage staff, denials recorded', async () => {
    expect((await errorOf(deactivateStaffMember(harborAdmin, { userId: doc.userId })))?.code).toBe('not_found');
    const clinician = await person('c3@staff.test', riverside, ['clinician']);
    expect((await errorOf(setStaffRoles(clinician, { userId: doc.userId, roles: ['clinic_admin'] })))?.code).toBe('forbidden');
    const denials = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.outcome, 'denied'), eq(auditEvents.entityId, doc.userId)));
    const byThem = denials.filter((d) => d.actorUserId === harborAdmin.userId || d.actorUserId === clinician.userId);
    expect(byThem.map((d) => `${d.action}:${d.clinicId === harbor ? 'harbor' : 'riverside'}`).sort()).toEqual(['staff.deactivate:harbor', 'staff.roles.change:riverside']);
    expect((await listStaff(harborAdmin)).staff.map((s) => s.email)).toEqual(['hal@staff.test']);
  });
});
