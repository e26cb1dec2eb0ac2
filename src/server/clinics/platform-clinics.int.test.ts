import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { createClinic } from './create-clinic';
import { joinWithPassword } from './join-with-password';
import { listClinics } from './list-clinics';

let handle: DatabaseHandle;
let platform: Principal;
let clinicAdmin: Principal;
const base = 'http://localhost:3000';
const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AppError);
const input = { name: 'Lakeside Clinic', slug: 'Lakeside', timeZone: 'America/Chicago', country: 'us', addressLine: '', city: 'Madison', postalCode: '', adminEmail: 'Boss@Lakeside.example' };

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [p, a] = await handle.db.insert(users).values([{ email: 'root@platform.test' }, { email: 'admin@other.test' }]).returning({ id: users.id });
  const [other] = await handle.db.insert(clinics).values({ slug: 'other', name: 'Other', timeZone: 'UTC', country: 'GB' }).returning({ id: clinics.id });
  await handle.db.insert(memberships).values({ userId: a!.id, clinicId: other!.id, role: 'clinic_admin' });
  platform = { userId: p!.id, name: null, email: 'root@platform.test', sessionId: 't', active: { clinicId: null, role: 'platform_admin' }, memberships: [], permissions: new Set(rolePermissions.platform_admin) };
  clinicAdmin = { userId: a!.id, name: null, email: 'admin@other.test', sessionId: 't', active: { clinicId: other!.id, role: 'clinic_admin' }, memberships: [], permissions: new Set(rolePermissions.clinic_admin) };
});

afterAll(async () => {
  await handle.close();
});

describe('platform clinics', () => {
  it('creates a clinic and invites its first admin, who joins as clinic admin', async () => {
    const { clinicId } = await createClinic(platform, input, base);
    const [row] = await handle.db.select().from(clinics).where(eq(clinics.id, clinicId));
    expect(row).toMatchObject({ slug: 'lakeside', country: 'US', addressLine: null, city: 'Madison' });
    const [mail] = (await latestOutboxMessages(5)).filter((m) => m.toAddress === 'boss@lakeside.example');
    const token = mail!.textBody.match(/\/join\?token=([A-Za-z0-9_-]+)/)![1];
    const joined = await joinWithPassword({ token, name: 'Lake Boss', password: 'a quiet harbour at noon' });
    expect(joined).toMatchObject({ clinicId, role: 'clinic_admin', home: '/admin' });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.clinicId, clinicId));
    expect(events.map((e) => e.action)).toEqual(['platform.clinic.create', 'staff.invite', 'staff.invitation.accept']);
    expect(events[0]!.prevHash).toBe('0'.repeat(64));
    const listed = (await listClinics(platform)).find((c) => c.id === clinicId);
    expect(listed).toMatchObject({ name: 'Lakeside Clinic', activeStaff: 1, activeAdmins: 1 });
  });

  it('names bad fields, refuses a taken short name, and stores nothing half-way', async () => {
    const bad = await errorOf(createClinic(platform, { ...input, name: '', slug: '-x', timeZone: 'Nowhere/Land', country: 'USA', adminEmail: 'nope' }, base));
    expect(Object.keys(bad?.fieldErrors ?? {}).sort()).toEqual(['adminEmail', 'country', 'name', 'slug', 'timeZone']);
    const taken = await errorOf(createClinic(platform, { ...input, name: 'Lakeside Two' }, base));
    expect(taken?.code).toBe('conflict');
    expect(taken?.fieldErrors?.slug).toHaveLength(1);
    expect(await handle.db.select().from(clinics).where(eq(clinics.name, 'Lakeside Two'))).toHaveLength(0);
  });

  it('is only for the platform admin (404 for others, denial recorded)', async () => {
    expect((await errorOf(createClinic(clinicAdmin, { ...input, slug: 'sneaky' }, base)))?.code).toBe('not_found');
    expect((await errorOf(listClinics(clinicAdmin)))?.code).toBe('not_found');
    const denied = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, clinicAdmin.userId));
    expect(denied.map((d) => `${d.action}:${d.outcome}`)).toEqual(['platform.clinic.create:denied']);
  });
});
