// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
import type { IntakeAnalysis } from '@/server/encounters/intake.schemas';
export type { IntakeAnalysis, IntakeAnswers, IntakeRedFlag, IntakeView } from '@/server/encounters/intake.schemas';

export interface SavedIntake {
  status: 'draft' | 'submitted';
  savedAt: string;
  analysis: IntakeAnalysis;
  alertsRaised: number;
}
