import type { IntakeAnswers, IntakeView } from './intake.schemas';
import { analyzeIntake } from './analyze-intake';
import { emergencyNumberFor } from './encounter.policy';
import type { VisitContext } from './visit-context.repo';

/** The intake page's data, fields picked: no row leaves the server as it is. */
export function intakeViewOf(
  ctx: VisitContext,
  intake: { status: 'draft' | 'submitted'; answers: IntakeAnswers; submittedAt: Date | null } | null,
  answers: IntakeAnswers,
  chart: { meds: { genericName: string; dose: string; frequency: string }[]; allergyRows: { substance: string; reaction: string }[] },
): IntakeView {
  const { flagAnswerKeys: _keys, ...analysis } = analyzeIntake(answers);
  return {
    appointmentId: ctx.appointmentId,
    startsAt: ctx.startsAt.toISOString(),
    clinicianName: ctx.clinicianName,
    clinicName: ctx.clinicName,
    emergencyNumber: emergencyNumberFor(ctx.clinicCountry),
    status: intake?.status ?? 'new',
    answers,
    analysis,
    chart: {
      medications: chart.meds.map((m) => `${m.genericName} ${m.dose} ${m.frequency}`),
      allergies: chart.allergyRows.map((a) => `${a.substance} (${a.reaction})`),
    },
    submittedAt: intake?.submittedAt?.toISOString() ?? null,
  };
}
