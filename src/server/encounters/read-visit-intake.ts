import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { analyzeIntake } from './analyze-intake';
import { intakeAnswersSchema } from './intake.schemas';
import { findIntake } from './intakes.repo';
import type { VisitIntakeResource } from './visit-api.schemas';
import { requireVisitReader } from './visit-api-access';

const assertionOf = { yes: 'affirmed', no: 'negated', unsure: 'possible' } as const;

/** A visit's intake for the JSON API: the visit's patient or a clinician of the clinic. Audited as intake.read. */
export async function readVisitIntake(principal: Principal, appointmentId: unknown): Promise<VisitIntakeResource> {
  const { ctx } = await requireVisitReader(principal, appointmentId, 'intake.read');
  const intake = await findIntake(ctx.clinicId, ctx.appointmentId);
  await insertAuditEvent(auditEventOf(principal, { action: 'intake.read', entityType: 'appointment', entityId: ctx.appointmentId }, 'allowed'));
  const parsed = intake ? intakeAnswersSchema.safeParse(intake.answers) : null;
  if (!intake || !parsed?.success) {
    return { appointmentId: ctx.appointmentId, status: intake ? intake.status : 'not_started', submittedAt: intake?.submittedAt?.toISOString() ?? null, answers: null, findings: [], redFlags: [] };
  }
  const analysis = analyzeIntake(parsed.data);
  return {
    appointmentId: ctx.appointmentId,
    status: intake.status,
    submittedAt: intake.submittedAt?.toISOString() ?? null,
    answers: parsed.data,
    findings: analysis.understood.map((u) => ({ term: u.term, assertion: assertionOf[u.status] })),
    redFlags: analysis.redFlags.map((f) => ({ id: f.id, title: f.title, urgency: f.urgency, guidance: f.guidance })),
  };
}
