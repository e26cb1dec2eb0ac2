import { z } from 'zod';

const answer = (label: string, max = 2000) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, `${label} may be at most ${max} characters.`)
    .default('');

/** The patient's answers. Everything is optional while drafting; submitting needs a reason. */
export const intakeAnswersSchema = z.strictObject({
  reason: answer('Reason for visit', 500),
  onset: answer('When it started', 500),
  duration: answer('How long it has lasted', 500),
  severity: answer('How bad it is', 200),
  site: answer('Where it is', 500),
  associated: answer('Other symptoms'),
  relieving: answer('What helps or makes it worse'),
  medicationsConfirmed: z.boolean({ error: 'Say whether the medication list is right.' }).default(false),
  medicationChanges: answer('Medication changes'),
  allergiesConfirmed: z.boolean({ error: 'Say whether the allergy list is right.' }).default(false),
  allergyChanges: answer('Allergy changes'),
  freeText: answer('Anything else', 10_000),
});
export type IntakeAnswers = z.infer<typeof intakeAnswersSchema>;

export const emptyAnswers: IntakeAnswers = intakeAnswersSchema.parse({});

/** Labels for the answers, as the clinician's summary and the note's sources show them. */
export const answerLabels: Record<Exclude<keyof IntakeAnswers, 'medicationsConfirmed' | 'allergiesConfirmed'>, string> = {
  reason: 'Reason for visit',
  onset: 'When it started',
  duration: 'How long',
  severity: 'How bad (0-10)',
  site: 'Where',
  associated: 'Other symptoms',
  relieving: 'What helps or makes it worse',
  medicationChanges: 'Medication changes',
  allergyChanges: 'Allergy changes',
  freeText: 'Anything else',
};

export interface IntakeRedFlag {
  id: string;
  title: string;
  urgency: 'emergency' | 'urgent' | 'routine';
  guidance: string;
  routeToPerson: boolean;
}

export interface IntakeAnalysis {
  redFlags: IntakeRedFlag[];
  /** Plain words for what the engine understood, shown back to the patient. */
  understood: { term: string; status: 'yes' | 'no' | 'unsure' }[];
  questions: IntakeQuestionSet;
}

export interface IntakeQuestionSet {
  group: 'pain' | 'breathing' | 'fever' | 'skin' | 'mood' | 'general';
  siteQuestion: string | null;
  associatedHint: string;
}

/** What the intake page receives. */
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
