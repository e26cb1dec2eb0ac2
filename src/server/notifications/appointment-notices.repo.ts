import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { visitPayments } from '@/db/schema/billing';
import { clinics, memberships } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { executor } from './notification-jobs.repo';

const noticeColumns = {
  id: appointments.id,
  clinicId: appointments.clinicId,
  startsAt: appointments.startsAt,
  status: appointments.status,
  clinicianUserId: appointments.clinicianUserId,
  patientUserId: patients.userId,
  clinicName: clinics.name,
  timeZone: clinics.timeZone,
  // Held for payment: the slot is kept for a few minutes and released unless paid, so it is not yet a visit to remind of.
  awaitingPayment: sql<boolean>`exists (select 1 from ${visitPayments} where ${visitPayments.appointmentId} = ${appointments.id} and ${visitPayments.status} = 'pending_payment')`.mapWith(Boolean),
};

export type AppointmentNotice = {
  id: string;
  clinicId: string;
  startsAt: Date;
  status: string;
  clinicianUserId: string;
  patientUserId: string | null;
  clinicName: string;
  timeZone: string;
  awaitingPayment: boolean;
};

/** What a notice about a visit may say: when and where, never why. Scoped by clinic. */
export async function appointmentNotice(clinicId: string, appointmentId: string, given?: Db): Promise<AppointmentNotice | undefined> {
  const [row] = await (await executor(given))
    .select(noticeColumns)
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.id, appointmentId)))
    .limit(1);
  return row;
}

/** Booked visits of patients with an account starting in (from, to], across clinics (the reminder sweep). */
export async function bookedVisitsStarting(from: Date, to: Date, given?: Db): Promise<AppointmentNotice[]> {
  const rows = await (await executor(given))
    .select(noticeColumns)
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .where(and(eq(appointments.status, 'booked'), gt(appointments.startsAt, from), lte(appointments.startsAt, to)))
    .limit(5000);
  return rows;
}

/** The clinic's active admins: with the visit's clinician, the staff on duty for an intake alert. */
export async function activeClinicAdminIds(clinicId: string, given?: Db): Promise<string[]> {
  const rows = await (await executor(given))
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinic_admin'), eq(memberships.status, 'active')));
  return rows.map((row) => row.userId);
}
