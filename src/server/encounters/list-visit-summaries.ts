import { z } from 'zod';
import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { findOwnPatientId } from '@/server/scheduling/appointments.repo';
import { ownVisitClinicOf } from './encounter.policy';
import type { PatientSummary } from './patient-summary';
import { signedSummariesOf } from './summaries.repo';

export interface VisitSummaryView {
  appointmentId: string;
  startsAt: string;
  clinicianName: string | null;
  summary: PatientSummary;
  medicines: string[];
}

/** A stored patient summary, read defensively: a malformed one is left out rather than shown half. */
export const summarySchema = z.object({
  reason: z.string().nullable(),
  toldUs: z.array(z.string()),
  measured: z.array(z.string()),
  assessment: z.array(z.string()),
  nextSteps: z.array(z.string()),
});

/** The patient's visit summaries, from signed notes only. Audited as visit_summary.read on the patient. */
export async function listVisitSummaries(principal: Principal): Promise<VisitSummaryView[]> {
  const clinicId = ownVisitClinicOf(principal);
  const patientId = clinicId ? await findOwnPatientId(clinicId, principal.userId) : undefined;
  if (!clinicId || !patientId) {
    await recordDenial(principal, { action: 'visit_summary.read', entityType: 'patient', entityId: null });
    throw notFound('The page');
  }
  const { notes, meds } = await signedSummariesOf(clinicId, patientId);
  await insertAuditEvent(auditEventOf(principal, { action: 'visit_summary.read', entityType: 'patient', entityId: patientId }, 'allowed'));
  return notes.flatMap((n) => {
    const summary = summarySchema.safeParse(n.summary);
    if (!summary.success) return [];
    return [{
      appointmentId: n.appointmentId,
      startsAt: n.startsAt.toISOString(),
      clinicianName: n.clinicianName,
      summary: summary.data,
      medicines: meds.filter((m) => m.appointmentId === n.appointmentId).map((m) => `${m.drug} ${m.dose}, ${m.frequency}, for ${m.durationDays} days`),
    }];
  });
}
