import { and, asc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/instance';
import { visitPayments } from '@/db/schema/billing';
import { visitTypes } from '@/db/schema/clinics';
import { intakes } from '@/db/schema/encounters';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

/** The intake of one of the patient's visits: not started (null), a draft, or sent. */
export async function intakeStatusOf(clinicId: string, userId: string, appointmentId: string): Promise<'draft' | 'submitted' | null> {
  const [row] = await (await db())
    .select({ status: intakes.status })
    .from(intakes)
    .innerJoin(patients, eq(patients.id, intakes.patientId))
    .where(and(eq(intakes.clinicId, clinicId), eq(intakes.appointmentId, appointmentId), eq(patients.clinicId, clinicId), eq(patients.userId, userId)))
    .limit(1);
  return row?.status ?? null;
}

/**
 * The signed-in person's visits held for payment in this clinic (pending, hold not yet expired), soonest due
 * first. Scoped by clinic and by the patient record of this user, so nobody else's payment can appear.
 */
export async function paymentsDueOf(clinicId: string, userId: string, now: Date, limit = 5) {
  return (await db())
    .select({
      id: visitPayments.id,
      patientId: visitPayments.patientId,
      appointmentId: visitPayments.appointmentId,
      amountMinor: visitPayments.amountMinor,
      currency: visitPayments.currency,
      holdExpiresAt: visitPayments.holdExpiresAt,
      startsAt: appointments.startsAt,
      visitTypeName: visitTypes.name,
    })
    .from(visitPayments)
    .innerJoin(patients, eq(patients.id, visitPayments.patientId))
    .innerJoin(appointments, eq(appointments.id, visitPayments.appointmentId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .where(and(eq(visitPayments.clinicId, clinicId), eq(patients.clinicId, clinicId), eq(patients.userId, userId), eq(visitPayments.status, 'pending_payment'), gt(visitPayments.holdExpiresAt, now)))
    .orderBy(asc(visitPayments.holdExpiresAt))
    .limit(limit);
}
