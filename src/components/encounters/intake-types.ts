/**
 * The intake as the screens receive it (src/server/encounters/intake.schemas.ts is the source; restated because
 * components do not import server modules, and the pages' type check keeps the two in step).
 */
export interface IntakeAnswers {
  reason: string;
  onset: string;
  duration: string;
  severity: string;
  site: string;
  associated: string;
  relieving: string;
  medicationsConfirmed: boolean;
  medicationChanges: string;
  allergiesConfirmed: boolean;
  allergyChanges: string;
  freeText: string;
}

export interface IntakeRedFlag {
  id: string;
  title: string;
  urgency: 'emergency' | 'urgent' | 'routine';
  guidance: string;
  routeToPerson: boolean;
}

export interface IntakeAnalysis {
  redFlags: IntakeRedFlag[];
  understood: { term: string; status: 'yes' | 'no' | 'unsure' }[];
  questions: { group: string; siteQuestion: string | null; associatedHint: string };
}

export interface IntakeView {
  appointmentId: string;
  startsAt: string;
  clinicianName: string | null;
  clinicName: string;
  emergencyNumber: string;
  status: 'draft' | 'submitted' | 'new';
  answers: IntakeAnswers;
  analysis: IntakeAnalysis;
  chart: { medications: string[]; allergies: string[] };
  submittedAt: string | null;
}

export interface SavedIntake {
  status: 'draft' | 'submitted';
  savedAt: string;
  analysis: IntakeAnalysis;
  alertsRaised: number;
}
