import { AppError, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { analyzeIntake } from './analyze-intake';
import { intakeAnswersSchema, type IntakeAnalysis } from './intake.schemas';
import { writeIntake } from './intakes.repo';
import { requireOwnVisit } from './visit-access';
import { notifyIntakeAlert } from '@/server/notifications/notify-intake-alert';

export interface SavedIntake {
  status: 'draft' | 'submitted';
  savedAt: string;
  analysis: IntakeAnalysis;
  /** How many new alerts went to the clinic's staff with this save. */
  alertsRaised: number;
}

const submittedAlready = () => new AppError('conflict', 'This intake was already sent to the clinic and can no longer be changed.');

/**
 * Saves the patient's draft (or submits it). The engine structures the answers; every emergency or urgent red flag
 * raises an alert for the clinic's staff (once per intake and rule) in the same transaction as the save.
 */
export async function saveIntake(principal: Principal, appointmentId: unknown, raw: unknown, submit: boolean): Promise<SavedIntake> {
  const action = submit ? 'intake.submit' : 'intake.save';
  const ctx = await requireOwnVisit(principal, appointmentId, action);
  if (ctx.status === 'cancelled' || ctx.status === 'completed' || ctx.status === 'no_show') {
    throw new AppError('conflict', 'This visit is no longer open for an intake.');
  }
  const parsed = intakeAnswersSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'answers')] ??= []).push(issue.message);
    throw validationFailed(fieldErrors);
  }
  const answers = parsed.data;
  if (submit && !answers.reason.trim()) throw validationFailed({ reason: ['Tell us the reason for your visit before sending.'] });
  const { flagAnswerKeys: _unused, ...analysis } = analyzeIntake(answers);
  const alerts = analysis.redFlags.filter((f) => f.urgency !== 'routine' || f.routeToPerson).map((f) => ({ ruleId: f.id, urgency: f.urgency }));
  const saved = await writeIntake(
    { clinicId: ctx.clinicId, patientId: ctx.patientId, appointmentId: ctx.appointmentId, answers, redFlagIds: analysis.redFlags.map((f) => f.id), submit, alerts },
    (entityType, entityId, act) => auditEventOf(principal, { action: act, entityType, entityId }, 'allowed'),
  );
  if (!saved) throw submittedAlready();
  await notifyIntakeAlert(ctx.clinicId, ctx.appointmentId, saved.raised);
  return { status: saved.status, savedAt: new Date().toISOString(), analysis, alertsRaised: saved.raised.length };
}
