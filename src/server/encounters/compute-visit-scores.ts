import type { Principal } from '@/server/access/principal';
import { requireDecisionSupport } from '@/server/decision-support/decision-support-access';
import { visitVitalsSchema, type ScoreView } from './visit.schemas';
import { visitScores } from './visit-scores';

/** As the clinician types vitals: the scores so far. Nothing is stored; invalid fields simply leave a score open. */
export async function computeVisitScores(principal: Principal, raw: unknown): Promise<ScoreView[]> {
  await requireDecisionSupport(principal, 'decision_support.calculate');
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // Each field on its own, so one out-of-range value does not hide the scores that do not need it.
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (visitVitalsSchema.safeParse({ [key]: value }).success) clean[key] = value;
  }
  return visitScores(visitVitalsSchema.parse(clean));
}
