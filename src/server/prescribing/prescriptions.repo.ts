import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { prescriptions } from '@/db/schema/encounters';
import { allergies, medications } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { PrescriptionInput } from './prescription.schemas';

/** Names decision support checks a new drug against: active medications and every recorded allergy. */
export async function checkListsOf(clinicId: string, patientId: string) {
  const database = await db();
  const [meds, allergyRows] = await Promise.all([
    database.select({ name: medications.genericName }).from(medications).where(and(eq(medications.clinicId, clinicId), eq(medications.patientId, patientId), eq(medications.status, 'active'))),
    database.select({ name: allergies.substance }).from(allergies).where(and(eq(allergies.clinicId, clinicId), eq(allergies.patientId, patientId))),
  ]);
  return { medications: meds.map((m) => m.name), allergies: allergyRows.map((a) => a.name) };
}

export interface PrescriptionWrite {
  clinicId: string;
  patientId: string;
  appointmentId: string;
  input: PrescriptionInput;
  alerts: unknown;
  prescriberUserId: string;
}

/**
 * The prescription, its entry in the patient's medication list and the audit events (the override separately,
 * so overrides can be found in the trail) in one transaction.
 */
export async function insertPrescription(w: PrescriptionWrite, audit: (action: string, id: string) => AuditEventRow): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const { input } = w;
    const [medication] = await tx
      .insert(medications)
      .values({ clinicId: w.clinicId, patientId: w.patientId, genericName: input.drug, dose: input.dose, route: input.route, frequency: input.frequency, status: 'active', startedOn: new Date().toISOString().slice(0, 10), verification: 'confirmed', recordedByUserId: w.prescriberUserId })
      .returning({ id: medications.id });
    const [row] = await tx
      .insert(prescriptions)
      .values({
        clinicId: w.clinicId, patientId: w.patientId, appointmentId: w.appointmentId, medicationId: medication!.id,
        drug: input.drug, dose: input.dose, route: input.route, frequency: input.frequency, durationDays: input.durationDays,
        quantity: input.quantity, refills: input.refills, overrideReason: input.overrideReason ?? null, alerts: w.alerts, prescriberUserId: w.prescriberUserId,
      })
      .returning({ id: prescriptions.id });
    await insertAuditEvent(audit('prescription.sign', row!.id), tx);
    if (input.overrideReason) await insertAuditEvent(audit('prescription.override', row!.id), tx);
    return row!.id;
  });
}

const columns = {
  id: prescriptions.id, patientId: prescriptions.patientId, appointmentId: prescriptions.appointmentId, drug: prescriptions.drug, dose: prescriptions.dose,
  route: prescriptions.route, frequency: prescriptions.frequency, durationDays: prescriptions.durationDays, quantity: prescriptions.quantity,
  refills: prescriptions.refills, overrideReason: prescriptions.overrideReason, signedAt: prescriptions.signedAt, prescriberName: users.name,
};

export async function listPrescriptionsOfVisit(clinicId: string, appointmentId: string) {
  return (await db())
    .select(columns)
    .from(prescriptions)
    .leftJoin(users, eq(users.id, prescriptions.prescriberUserId))
    .where(and(eq(prescriptions.clinicId, clinicId), eq(prescriptions.appointmentId, appointmentId)))
    .orderBy(desc(prescriptions.signedAt));
}

export async function findPrescription(clinicId: string, prescriptionId: string) {
  const [row] = await (await db())
    .select(columns)
    .from(prescriptions)
    .leftJoin(users, eq(users.id, prescriptions.prescriberUserId))
    .where(and(eq(prescriptions.clinicId, clinicId), eq(prescriptions.id, prescriptionId)))
    .limit(1);
  return row;
}
export type PrescriptionRow = NonNullable<Awaited<ReturnType<typeof findPrescription>>>;
