import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { emptyAnswers, intakeAnswersSchema, type IntakeView } from './intake.schemas';
import { intakeViewOf } from './intake-view';
import { chartListsOf, findIntake } from './intakes.repo';
import { requireOwnVisit } from './visit-access';

/** The patient's intake for one of their visits (a fresh one if they have not started). Audited as intake.read. */
export async function getIntake(principal: Principal, appointmentId: unknown): Promise<IntakeView> {
  const ctx = await requireOwnVisit(principal, appointmentId, 'intake.read');
  const [intake, chart] = await Promise.all([findIntake(ctx.clinicId, ctx.appointmentId), chartListsOf(ctx.clinicId, ctx.patientId)]);
  await insertAuditEvent(auditEventOf(principal, { action: 'intake.read', entityType: 'appointment', entityId: ctx.appointmentId }, 'allowed'));
  const parsed = intakeAnswersSchema.safeParse(intake?.answers ?? {});
  const answers = parsed.success ? parsed.data : emptyAnswers;
  return intakeViewOf(ctx, intake ? { status: intake.status, answers, submittedAt: intake.submittedAt } : null, answers, chart);
}
