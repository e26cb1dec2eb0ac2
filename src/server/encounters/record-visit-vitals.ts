import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertVitals, type VitalRow } from './notes.repo';
import { requireClinicianVisit } from './visit-access';
import { visitVitalsSchema, vitalCodes, type ScoreView } from './visit.schemas';
import { visitScores } from './visit-scores';

/** Stores the entered vitals as observations of the patient, all or none, and returns the scores. */
export async function recordVisitVitals(principal: Principal, appointmentId: unknown, raw: unknown): Promise<{ recorded: number; scores: ScoreView[] }> {
  const ctx = await requireClinicianVisit(principal, appointmentId, 'chart.observation.add');
  const parsed = visitVitalsSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    throw validationFailed(fieldErrors);
  }
  const v = parsed.data;
  if (v.systolic !== undefined && v.diastolic !== undefined && v.diastolic >= v.systolic) {
    throw validationFailed({ diastolic: ['Diastolic pressure must be lower than systolic.'] });
  }
  const rows: VitalRow[] = [];
  for (const key of Object.keys(vitalCodes) as (keyof typeof vitalCodes)[]) {
    const value = v[key];
    if (value !== undefined) rows.push({ loincCode: vitalCodes[key].code, display: vitalCodes[key].display, value, unit: vitalCodes[key].unit });
  }
  if (!rows.length) throw validationFailed({ vitals: ['Enter at least one measurement.'] });
  await insertVitals(ctx.clinicId, ctx.patientId, rows, principal.userId, auditEventOf(principal, { action: 'chart.observation.add', entityType: 'patient', entityId: ctx.patientId }, 'allowed'));
  return { recorded: rows.length, scores: visitScores(v) };
}
