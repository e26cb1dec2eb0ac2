import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { findPatientInClinic, type PatientRow } from './chart.repo';
import { chartClinicOf, chartWriteClinicOf, isOwnRecord, ownCareClinicOf } from './patient.policy';
import { patientIdSchema } from './patient.schemas';

/**
 * What a caller wants to do with a chart:
 * - read: staff who read charts, or the patient themself;
 * - contribute: clinicians (chart:write), or the patient themself (contact details, self-reported history);
 * - clinical: clinicians only (vitals and labs, confirming, resolving, documents).
 */
export type ChartNeed = 'read' | 'contribute' | 'clinical';

export interface ChartAccess {
  clinicId: string;
  patient: PatientRow;
  viewer: 'staff' | 'patient';
  /** Clinician write access (chart:write in the patient's clinic). */
  canWrite: boolean;
}

const hidden = () => notFound('The patient');

/**
 * Resolves the patient for an action, or records a denial and answers 404: a patient of another clinic, someone
 * else's record and a missing permission all look the same as a record that does not exist.
 */
export async function requireChartAccess(principal: Principal, rawPatientId: unknown, need: ChartNeed, action: string): Promise<ChartAccess> {
  const parsedId = patientIdSchema.safeParse(rawPatientId);
  const patientId = parsedId.success ? parsedId.data : null;
  const deny = async () => {
    await recordDenial(principal, { action, entityType: 'patient', entityId: patientId });
    return hidden();
  };
  if (!patientId) throw await deny();

  const writeClinic = chartWriteClinicOf(principal);
  const staffClinic = need === 'read' ? chartClinicOf(principal) : writeClinic;
  if (staffClinic) {
    const patient = await findPatientInClinic(staffClinic, patientId);
    if (!patient) throw await deny();
    return { clinicId: staffClinic, patient, viewer: 'staff', canWrite: writeClinic === staffClinic };
  }
  const ownClinic = need === 'clinical' ? null : ownCareClinicOf(principal);
  if (ownClinic) {
    const patient = await findPatientInClinic(ownClinic, patientId);
    if (patient && isOwnRecord(principal, patient)) return { clinicId: ownClinic, patient, viewer: 'patient', canWrite: false };
  }
  throw await deny();
}
