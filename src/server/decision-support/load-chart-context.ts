import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { buildChartContext } from './build-chart-context';
import { activeMedicationNames, activeProblemCodes, allergySubstances, patientInClinic, recentObservations } from './chart-context.repo';
import { patientIdSchema, type ChartContext } from './chart-context.schemas';
import { observationLoincCodes } from './chart-prefill-map';
import { canUseDecisionSupport } from './decision-support.policy';

const subject = (entityId: string | null) => ({ action: 'decision_support.chart_context', entityType: 'patient', entityId });

/**
 * Reads a patient's latest vitals, labs, problems, medications and allergies to pre-fill the calculators
 * and the interaction checker. This reads patient data: every read and every refusal is audited (ids only).
 * A patient of another clinic, or no patient at all, is "not found".
 */
export async function loadChartContext(principal: Principal, rawPatientId: string, today = new Date()): Promise<ChartContext> {
  const parsed = patientIdSchema.safeParse(rawPatientId);
  const patientId = parsed.success ? parsed.data : null;
  const clinicId = principal.active?.clinicId;
  const patient = patientId && clinicId && canUseDecisionSupport(principal) && principal.permissions.has('chart:read') ? await patientInClinic(clinicId, patientId) : null;
  if (!patient || !patientId || !clinicId) {
    await recordDenial(principal, subject(patientId));
    throw notFound('The patient');
  }
  const [observations, problemCodes, medications, allergies] = await Promise.all([
    recentObservations(clinicId, patientId, observationLoincCodes),
    activeProblemCodes(clinicId, patientId),
    activeMedicationNames(clinicId, patientId),
    allergySubstances(clinicId, patientId),
  ]);
  await insertAuditEvent(auditEventOf(principal, subject(patientId), 'allowed'));
  return buildChartContext({ ...patient, observations, problemCodes, medications, allergies }, today);
}
