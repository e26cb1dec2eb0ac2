import { and, asc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

/**
 * Everything the platform holds about one person, read for their own export. Every query filters on
 * patients.user_id = the person (joined, never a list of ids passed in), so a row of someone else's
 * record cannot appear even if a caller made a mistake. Columns are named one by one: no password
 * hash, session or token column is ever selected.
 */
export async function findAccount(userId: string) {
  const [row] = await (await db())
    .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified, timeZone: users.timeZone, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export async function findMemberships(userId: string) {
  return (await db())
    .select({ clinicId: memberships.clinicId, clinicName: clinics.name, role: memberships.role, status: memberships.status, title: memberships.title, createdAt: memberships.createdAt })
    .from(memberships)
    .leftJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}

const ownPatient = (userId: string) => eq(patients.userId, userId);

export async function findOwnPatients(userId: string) {
  return (await db())
    .select({
      id: patients.id, clinicId: patients.clinicId, clinicName: clinics.name, recordNumber: patients.recordNumber,
      givenName: patients.givenName, familyName: patients.familyName, dateOfBirth: patients.dateOfBirth,
      sexAtBirth: patients.sexAtBirth, email: patients.email, phone: patients.phone, addressLine: patients.addressLine,
      city: patients.city, postalCode: patients.postalCode, createdAt: patients.createdAt,
    })
    .from(patients)
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .where(ownPatient(userId))
    .orderBy(asc(patients.createdAt), asc(patients.id));
}

// Each child row joins its patient on both patient id and clinic id: the same scoping as clinic screens.
const patientJoin = (t: { patientId: AnyPgColumn; clinicId: AnyPgColumn }) =>
  and(eq(patients.id, t.patientId), eq(patients.clinicId, t.clinicId));

export async function findOwnProblems(userId: string) {
  return (await db())
    .select({ id: problems.id, patientId: problems.patientId, code: problems.code, display: problems.display, status: problems.status, onsetDate: problems.onsetDate, createdAt: problems.createdAt })
    .from(problems)
    .innerJoin(patients, patientJoin(problems))
    .where(ownPatient(userId))
    .orderBy(asc(problems.createdAt), asc(problems.id));
}

export async function findOwnAllergies(userId: string) {
  return (await db())
    .select({ id: allergies.id, patientId: allergies.patientId, substance: allergies.substance, reaction: allergies.reaction, severity: allergies.severity, createdAt: allergies.createdAt })
    .from(allergies)
    .innerJoin(patients, patientJoin(allergies))
    .where(ownPatient(userId))
    .orderBy(asc(allergies.createdAt), asc(allergies.id));
}

export async function findOwnMedications(userId: string) {
  return (await db())
    .select({
      id: medications.id, patientId: medications.patientId, genericName: medications.genericName, dose: medications.dose,
      route: medications.route, frequency: medications.frequency, status: medications.status, startedOn: medications.startedOn, createdAt: medications.createdAt,
    })
    .from(medications)
    .innerJoin(patients, patientJoin(medications))
    .where(ownPatient(userId))
    .orderBy(asc(medications.createdAt), asc(medications.id));
}

export async function findOwnObservations(userId: string) {
  return (await db())
    .select({ id: observations.id, patientId: observations.patientId, loincCode: observations.loincCode, display: observations.display, value: observations.value, unit: observations.unit, effectiveAt: observations.effectiveAt })
    .from(observations)
    .innerJoin(patients, patientJoin(observations))
    .where(ownPatient(userId))
    .orderBy(asc(observations.effectiveAt), asc(observations.id));
}

export async function findOwnAppointments(userId: string) {
  return (await db())
    .select({
      id: appointments.id, patientId: appointments.patientId, clinicianName: users.name, visitType: visitTypes.name, visitMode: visitTypes.mode,
      startsAt: appointments.startsAt, endsAt: appointments.endsAt, status: appointments.status, reason: appointments.reason,
    })
    .from(appointments)
    .innerJoin(patients, patientJoin(appointments))
    .innerJoin(users, eq(users.id, appointments.clinicianUserId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .where(ownPatient(userId))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}
