import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';

/** What a booking confirmation needs: where to send it and the names it shows the patient. */
export async function bookingMailDetails(clinicId: string, patientId: string, clinicianUserId: string, visitTypeId: string) {
  const database = await db();
  const [patient] = await database
    .select({ email: patients.email, accountEmail: users.email })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)))
    .limit(1);
  const [clinic] = await database.select({ name: clinics.name, addressLine: clinics.addressLine, city: clinics.city }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  const [clinician] = await database.select({ name: users.name }).from(users).where(eq(users.id, clinicianUserId)).limit(1);
  const [visitType] = await database.select({ name: visitTypes.name, mode: visitTypes.mode }).from(visitTypes).where(and(eq(visitTypes.clinicId, clinicId), eq(visitTypes.id, visitTypeId))).limit(1);
  if (!patient || !clinic || !visitType) return undefined;
  return { to: patient.accountEmail ?? patient.email, clinic, clinicianName: clinician?.name ?? 'your clinician', visitType };
}
