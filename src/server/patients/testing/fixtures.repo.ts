import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
// Aliased: the name starts with "use", which the React hooks lint rule would take for a hook.
import { useDatabaseForTesting as installTestDatabase } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Role } from '@/config/roles';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';

/**
 * Test support only (imported by *.int.test.ts): two clinics, staff in each, two patients with their own
 * sign-ins at Riverside and a handful of named patients, so search, chart and isolation tests share one setup.
 */
export interface PatientsFixture {
  handle: DatabaseHandle;
  riverside: string;
  harbor: string;
  clinician: Principal;
  admin: Principal;
  harborClinician: Principal;
  platformAdmin: Principal;
  patientA: Principal & { patientId: string };
  patientB: Principal & { patientId: string };
  /** Patient ids by record number. */
  ids: Record<string, string>;
}

let counter = 0;

async function addUser(handle: DatabaseHandle, name: string, clinicId: string | null, role: Role | null): Promise<Principal> {
  const email = `user${++counter}.${randomBytes(3).toString('hex')}@test.example`;
  const [user] = await handle.db.insert(users).values({ email, name, emailVerified: new Date() }).returning({ id: users.id });
  if (role) await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  return {
    userId: user!.id,
    name,
    email,
    sessionId: 'test',
    active: role ? { clinicId, role } : null,
    memberships: [],
    permissions: new Set(role ? rolePermissions[role] : ['self:read']),
  };
}

const people: [string, string, string, string, string | null, string][] = [
  // record number, given, family, birth date, phone, created (ISO)
  ['RFC-000101', 'Jordan', 'Rivera', '1984-03-07', '(518) 555-0101', '2026-01-01T10:00:00Z'],
  ['RFC-000102', 'Priya', 'Raman', '1992-07-03', '(518) 555-0102', '2026-01-02T10:00:00Z'],
  ['RFC-000103', 'Marcus', 'Bennett', '1968-11-20', '518.555.0103', '2026-01-03T10:00:00Z'],
  ['RFC-000104', 'Luis', 'Hernández', '1974-05-15', null, '2026-01-04T10:00:00Z'],
  ['RFC-000105', 'Daniel', "O'Brien", '1985-12-25', '+1 518 555 0105', '2026-01-05T10:00:00Z'],
  ['RFC-000106', 'Mei Lin', 'Tan', '1971-02-09', '(518) 555-0106', '2026-01-06T10:00:00Z'],
];

export async function createPatientsFixture(): Promise<PatientsFixture> {
  const handle = await createTestDatabase();
  installTestDatabase(handle);
  const [r, h] = await handle.db
    .insert(clinics)
    .values([
      { slug: `riverside-${randomBytes(3).toString('hex')}`, name: 'Riverside Test', timeZone: 'America/New_York', country: 'US' },
      { slug: `harbor-${randomBytes(3).toString('hex')}`, name: 'Harbor Test', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  const riverside = r!.id;
  const harbor = h!.id;
  const ids: Record<string, string> = {};
  for (const [recordNumber, givenName, familyName, dateOfBirth, phone, created] of people) {
    const [row] = await handle.db
      .insert(patients)
      .values({ clinicId: riverside, recordNumber, givenName, familyName, dateOfBirth, phone, sexAtBirth: 'unknown', createdAt: new Date(created) })
      .returning({ id: patients.id });
    ids[recordNumber] = row!.id;
  }
  // Harbor has a Jordan Rivera too: the same person's name in another clinic must never show up at Riverside.
  const [harborRow] = await handle.db
    .insert(patients)
    .values({ clinicId: harbor, recordNumber: 'HBP-000101', givenName: 'Jordan', familyName: 'Rivera', dateOfBirth: '1984-03-07', phone: '07700 900101', sexAtBirth: 'unknown' })
    .returning({ id: patients.id });
  ids['HBP-000101'] = harborRow!.id;

  const patientUserA = await addUser(handle, 'Jordan Rivera', riverside, 'patient');
  const patientUserB = await addUser(handle, 'Priya Raman', riverside, 'patient');
  await linkUser(handle, ids['RFC-000101']!, patientUserA.userId);
  await linkUser(handle, ids['RFC-000102']!, patientUserB.userId);
  return {
    handle,
    riverside,
    harbor,
    clinician: await addUser(handle, 'Dee Doc', riverside, 'clinician'),
    admin: await addUser(handle, 'Ada Admin', riverside, 'clinic_admin'),
    harborClinician: await addUser(handle, 'Hal Doc', harbor, 'clinician'),
    platformAdmin: await addUser(handle, 'Pat Platform', null, 'platform_admin'),
    patientA: { ...patientUserA, patientId: ids['RFC-000101']! },
    patientB: { ...patientUserB, patientId: ids['RFC-000102']! },
    ids,
  };
}

async function linkUser(handle: DatabaseHandle, patientId: string, userId: string): Promise<void> {
  await handle.db.update(patients).set({ userId }).where(eq(patients.id, patientId));
}

/** A user with no membership yet (self sign-up, before onboarding). */
export const addUnaffiliatedUser = (handle: DatabaseHandle, name: string) => addUser(handle, name, null, null);
