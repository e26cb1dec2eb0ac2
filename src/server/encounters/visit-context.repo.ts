import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

/** One appointment of a clinic with what every visit screen needs; another clinic's appointment is undefined. */
export async function findVisitContext(clinicId: string, appointmentId: string) {
  const [row] = await (await db())
    .select({
      appointmentId: appointments.id,
      clinicId: appointments.clinicId,
      patientId: appointments.patientId,
      clinicianUserId: appointments.clinicianUserId,
      startsAt: appointments.startsAt,
      status: appointments.status,
      reason: appointments.reason,
      visitType: visitTypes.name,
      clinicianName: users.name,
      patientUserId: patients.userId,
      patientGivenName: patients.givenName,
      patientFamilyName: patients.familyName,
      patientBirthDate: patients.dateOfBirth,
      patientSex: patients.sexAtBirth,
      patientRecordNumber: patients.recordNumber,
      clinicName: clinics.name,
      clinicCountry: clinics.country,
      clinicAddress: clinics.addressLine,
      clinicCity: clinics.city,
      clinicPostalCode: clinics.postalCode,
      clinicPhone: clinics.phone,
      clinicTimeZone: clinics.timeZone,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .leftJoin(users, eq(users.id, appointments.clinicianUserId))
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.id, appointmentId)))
    .limit(1);
  return row;
}
export type VisitContext = NonNullable<Awaited<ReturnType<typeof findVisitContext>>>;
