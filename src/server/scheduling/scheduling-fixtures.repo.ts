import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { clinicianVisitTypes, workingHours } from '@/db/schema/scheduling';
import type { Role } from '@/config/roles';
import { rolePermissions } from '@/server/access/permissions';
import type { Principal } from '@/server/access/principal';

/**
 * Rows for the scheduling integration tests (never used by the application): a clinic with a
 * clinician, their hours and visit types, and principals as the session would build them.
 */
export interface TestClinic {
  clinicId: string;
  clinician: Principal;
  admin: Principal;
  patient: Principal;
  patientId: string;
  otherPatientId: string;
  visitTypeId: string;
  inactiveVisitTypeId: string;
  notOfferedVisitTypeId: string;
}

export function principalOf(userId: string, clinicId: string | null, role: Role): Principal {
  return {
    userId,
    name: 'Test',
    email: `${userId}@example.org`,
    sessionId: 'test',
    active: clinicId ? { clinicId, role } : null,
    memberships: [],
    permissions: new Set(clinicId ? rolePermissions[role] : ['self:read']),
  };
}

export async function addMember(db: Db, clinicId: string, role: Role, name: string): Promise<Principal> {
  const userId = randomUUID();
  await db.insert(users).values({ id: userId, email: `${userId}@example.org`, name, emailVerified: new Date() });
  await db.insert(memberships).values({ userId, clinicId, role });
  return principalOf(userId, clinicId, role);
}

export async function addPatient(db: Db, clinicId: string, userId: string | null, recordNumber: string, email: string | null = null): Promise<string> {
  const [row] = await db
    .insert(patients)
    .values({ clinicId, userId, recordNumber, email, givenName: 'Test', familyName: `Patient ${recordNumber}`, dateOfBirth: '1980-01-01', sexAtBirth: 'female' })
    .returning({ id: patients.id });
  return row!.id;
}

/** A clinic whose clinician works the given ranges (every weekday listed) and offers a 30-minute visit. */
export async function createTestClinic(
  db: Db,
  options: { slug: string; timeZone: string; hours: { weekday: number; startsAt: string; endsAt: string }[]; stepMinutes?: number; visitMinutes?: number },
): Promise<TestClinic> {
  const [clinic] = await db
    .insert(clinics)
    .values({ slug: options.slug, name: `Clinic ${options.slug}`, timeZone: options.timeZone, country: 'US', slotStepMinutes: options.stepMinutes ?? 30 })
    .returning({ id: clinics.id });
  const clinicId = clinic!.id;
  const clinician = await addMember(db, clinicId, 'clinician', 'Dr Test');
  const admin = await addMember(db, clinicId, 'clinic_admin', 'Admin Test');
  const patient = await addMember(db, clinicId, 'patient', 'Pat Test');
  const patientId = await addPatient(db, clinicId, patient.userId, `${options.slug}-1`);
  const otherPatientId = await addPatient(db, clinicId, null, `${options.slug}-2`);
  const visit = { clinicId, mode: 'in_person' as const, priceMinor: 1000, currency: 'USD' };
  const [offered, inactive, notOffered] = await db
    .insert(visitTypes)
    .values([
      { ...visit, name: 'Visit', durationMinutes: options.visitMinutes ?? 30 },
      { ...visit, name: 'Retired', durationMinutes: 30, active: false },
      { ...visit, name: 'Other', durationMinutes: 30 },
    ])
    .returning({ id: visitTypes.id });
  await db.insert(clinicianVisitTypes).values([
    { clinicId, clinicianUserId: clinician.userId, visitTypeId: offered!.id },
    { clinicId, clinicianUserId: clinician.userId, visitTypeId: inactive!.id },
  ]);
  await db.insert(workingHours).values(options.hours.map((h) => ({ clinicId, clinicianUserId: clinician.userId, ...h })));
  return { clinicId, clinician, admin, patient, patientId, otherPatientId, visitTypeId: offered!.id, inactiveVisitTypeId: inactive!.id, notOfferedVisitTypeId: notOffered!.id };
}

export async function deactivateMember(db: Db, userId: string): Promise<void> {
  await db.update(memberships).set({ status: 'deactivated', deactivatedAt: new Date() }).where(eq(memberships.userId, userId));
}
