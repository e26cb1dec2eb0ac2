import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { prescriptions } from '@/db/schema/encounters';
import { allergies, medications, patients } from '@/db/schema/patients';

/**
 * A person's own medicines and allergies in every clinic they are a patient of. Each query joins its patient on
 * patient id and clinic id and filters on patients.user_id = the person, so nobody else's rows can appear.
 */
const ownPatient = (userId: string) => eq(patients.userId, userId);
const patientJoin = (t: { patientId: AnyPgColumn; clinicId: AnyPgColumn }) => and(eq(patients.id, t.patientId), eq(patients.clinicId, t.clinicId));

/** The person's patient records, for auditing each read in its own clinic. */
export async function ownPatientRecords(userId: string) {
  return (await db()).select({ patientId: patients.id, clinicId: patients.clinicId }).from(patients).where(ownPatient(userId));
}

export async function ownPrescriptionsOf(userId: string) {
  return (await db())
    .select({
      id: prescriptions.id, drug: prescriptions.drug, dose: prescriptions.dose, route: prescriptions.route, frequency: prescriptions.frequency,
      durationDays: prescriptions.durationDays, quantity: prescriptions.quantity, refills: prescriptions.refills, signedAt: prescriptions.signedAt,
      prescriberName: users.name, clinicName: clinics.name, clinicTimeZone: clinics.timeZone, medicationStatus: medications.status,
    })
    .from(prescriptions)
    .innerJoin(patients, patientJoin(prescriptions))
    .innerJoin(clinics, eq(clinics.id, prescriptions.clinicId))
    .leftJoin(medications, and(eq(medications.id, prescriptions.medicationId), eq(medications.clinicId, prescriptions.clinicId)))
    .leftJoin(users, eq(users.id, prescriptions.prescriberUserId))
    .where(ownPatient(userId))
    .orderBy(desc(prescriptions.signedAt), asc(prescriptions.id))
    .limit(500);
}

/** Active medicines on the person's charts that no prescription of ours stands behind (reported or recorded elsewhere). */
export async function ownUnprescribedMedicationsOf(userId: string) {
  return (await db())
    .select({ id: medications.id, genericName: medications.genericName, dose: medications.dose, route: medications.route, frequency: medications.frequency, verification: medications.verification, clinicName: clinics.name })
    .from(medications)
    .innerJoin(patients, patientJoin(medications))
    .innerJoin(clinics, eq(clinics.id, medications.clinicId))
    .leftJoin(prescriptions, and(eq(prescriptions.medicationId, medications.id), eq(prescriptions.clinicId, medications.clinicId)))
    .where(and(ownPatient(userId), eq(medications.status, 'active'), isNull(prescriptions.id)))
    .orderBy(asc(medications.genericName), asc(medications.id))
    .limit(500);
}

export async function ownAllergiesOf(userId: string) {
  return (await db())
    .select({ id: allergies.id, substance: allergies.substance, reaction: allergies.reaction, severity: allergies.severity, verification: allergies.verification, clinicName: clinics.name })
    .from(allergies)
    .innerJoin(patients, patientJoin(allergies))
    .innerJoin(clinics, eq(clinics.id, allergies.clinicId))
    .where(ownPatient(userId))
    .orderBy(asc(allergies.substance), asc(allergies.id))
    .limit(500);
}

/** One of the person's own prescriptions, in whichever of their clinics it was written; undefined otherwise. */
export async function findOwnPrescription(userId: string, prescriptionId: string) {
  const [row] = await (await db())
    .select({
      id: prescriptions.id, clinicId: prescriptions.clinicId, appointmentId: prescriptions.appointmentId, drug: prescriptions.drug, dose: prescriptions.dose,
      route: prescriptions.route, frequency: prescriptions.frequency, durationDays: prescriptions.durationDays, quantity: prescriptions.quantity,
      refills: prescriptions.refills, signedAt: prescriptions.signedAt, prescriberName: users.name,
    })
    .from(prescriptions)
    .innerJoin(patients, patientJoin(prescriptions))
    .leftJoin(users, eq(users.id, prescriptions.prescriberUserId))
    .where(and(ownPatient(userId), eq(prescriptions.id, prescriptionId)))
    .limit(1);
  return row;
}
