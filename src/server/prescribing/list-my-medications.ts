import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canReadOwnMedications } from './own-medications.policy';
import { ownAllergiesOf, ownPatientRecords, ownPrescriptionsOf, ownUnprescribedMedicationsOf } from './own-medications.repo';
import { prescriptionStatusOf, supplyEndsAt, type PrescriptionStatus } from './prescription-status';

export interface MyPrescriptionView {
  id: string;
  drug: string;
  dose: string;
  route: string;
  frequency: string;
  durationDays: number;
  quantity: number;
  refills: number;
  status: PrescriptionStatus;
  signedAt: string;
  supplyEndsAt: string;
  prescriberName: string | null;
  clinicName: string;
  clinicTimeZone: string;
  pdfUrl: string;
}

export interface MyMedicationsView {
  /** Signed prescriptions still running. */
  current: MyPrescriptionView[];
  /** Prescriptions stopped by the clinic or whose supply has run out. */
  past: MyPrescriptionView[];
  /** Active medicines on the chart with no prescription from the clinic behind them (for example, ones the patient reported). */
  otherMedicines: { id: string; name: string; dose: string; route: string; frequency: string; confirmed: boolean; clinicName: string }[];
  allergies: { id: string; substance: string; reaction: string; severity: string; confirmed: boolean; clinicName: string }[];
}

/** The signed-in patient's medicines and allergies from every clinic they are a patient of; audited in each clinic. */
export async function listMyMedications(principal: Principal, now = new Date()): Promise<MyMedicationsView> {
  if (!canReadOwnMedications(principal)) {
    await recordDenial(principal, { action: 'chart.medications.read', entityType: 'patient', entityId: null });
    throw notFound('The page');
  }
  const [records, prescriptionRows, otherRows, allergyRows] = await Promise.all([
    ownPatientRecords(principal.userId),
    ownPrescriptionsOf(principal.userId),
    ownUnprescribedMedicationsOf(principal.userId),
    ownAllergiesOf(principal.userId),
  ]);
  for (const record of records) {
    await insertAuditEvent({
      clinicId: record.clinicId, actorUserId: principal.userId, actingRole: principal.active?.role ?? null,
      action: 'chart.medications.read', entityType: 'patient', entityId: record.patientId, outcome: 'allowed',
    });
  }
  const prescriptions = prescriptionRows.map(({ medicationStatus, ...r }): MyPrescriptionView => ({
    ...r,
    status: prescriptionStatusOf({ ...r, medicationStatus }, now),
    signedAt: r.signedAt.toISOString(),
    supplyEndsAt: supplyEndsAt(r).toISOString(),
    pdfUrl: `/api/v1/prescriptions/${r.id}/pdf`,
  }));
  return {
    current: prescriptions.filter((p) => p.status === 'active'),
    past: prescriptions.filter((p) => p.status !== 'active'),
    otherMedicines: otherRows.map((m) => ({ id: m.id, name: m.genericName, dose: m.dose, route: m.route, frequency: m.frequency, confirmed: m.verification === 'confirmed', clinicName: m.clinicName })),
    allergies: allergyRows.map((a) => ({ id: a.id, substance: a.substance, reaction: a.reaction, severity: a.severity, confirmed: a.verification === 'confirmed', clinicName: a.clinicName })),
  };
}
