import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { requireChartAccess } from './chart-access';
import { loadChartSections } from './chart.repo';
import type { Chart } from './chart.schemas';
import { chartViewOf } from './chart-view';

/**
 * A chart, for staff who read charts in the patient's clinic or for the patient themself. Every read is audited as
 * chart.read on the patient (the privacy center's "who viewed my record" lists these); refusals as denials.
 */
export async function readChart(principal: Principal, patientId: unknown): Promise<Chart> {
  const access = await requireChartAccess(principal, patientId, 'read', 'chart.read');
  const sections = await loadChartSections(access.clinicId, access.patient.id);
  await insertAuditEvent(auditEventOf(principal, { action: 'chart.read', entityType: 'patient', entityId: access.patient.id }, 'allowed'));
  return chartViewOf(access.patient, sections, { kind: access.viewer, canWrite: access.canWrite });
}
