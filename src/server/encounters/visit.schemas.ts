import { z } from 'zod';
import type { NoteSections } from '@/server/clinical-ai/drafting/draft.types';
import { noteSectionKeys } from '@/server/clinical-ai/drafting/draft.types';

const vital = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : v),
    z.coerce.number({ error: `${label} must be a number.` }).min(min, `${label} must be between ${min} and ${max}.`).max(max, `${label} must be between ${min} and ${max}.`).optional(),
  );

/** The visit screen's vitals; the ranges are the chart's LOINC ranges. Empty fields are simply not recorded. */
export const visitVitalsSchema = z.object({
  systolic: vital('Systolic blood pressure', 40, 300),
  diastolic: vital('Diastolic blood pressure', 20, 200),
  heartRate: vital('Heart rate', 20, 300),
  respiratoryRate: vital('Respiratory rate', 4, 80),
  temperature: vital('Temperature', 30, 45),
  spo2: vital('Oxygen saturation', 50, 100),
  weight: vital('Weight', 0.3, 400),
  height: vital('Height', 20, 250),
  onOxygen: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
  consciousness: z.enum(['A', 'C', 'V', 'P', 'U'], { error: 'Choose a level of consciousness.' }).default('A'),
});
export type VisitVitals = z.infer<typeof visitVitalsSchema>;

/** LOINC code of each stored vital. */
export const vitalCodes = {
  systolic: { code: '8480-6', display: 'Systolic blood pressure', unit: 'mm[Hg]' },
  diastolic: { code: '8462-4', display: 'Diastolic blood pressure', unit: 'mm[Hg]' },
  heartRate: { code: '8867-4', display: 'Heart rate', unit: '/min' },
  respiratoryRate: { code: '9279-1', display: 'Respiratory rate', unit: '/min' },
  temperature: { code: '8310-5', display: 'Body temperature', unit: 'Cel' },
  spo2: { code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry', unit: '%' },
  weight: { code: '29463-7', display: 'Body weight', unit: 'kg' },
  height: { code: '8302-2', display: 'Body height', unit: 'cm' },
} as const;

export const clinicianTextSchema = z.string({ error: 'Notes must be text.' }).max(20_000, 'Notes may be at most 20,000 characters.').default('');

const sentenceSchema = z.object({
  id: z.string().max(40),
  text: z.string().trim().min(1, 'A sentence may not be empty; remove it instead.').max(2000, 'A sentence may be at most 2,000 characters.'),
});
/** What the editor sends when signing: the text of each sentence by id, plus sentences the clinician added. */
export const noteEditSchema = z.object(
  Object.fromEntries(noteSectionKeys.map((k) => [k, z.array(sentenceSchema).max(200)])) as Record<(typeof noteSectionKeys)[number], z.ZodArray<typeof sentenceSchema>>,
);
export type NoteEdit = z.infer<typeof noteEditSchema>;

export const addendumSchema = z.object({ text: z.string({ error: 'Addendum must be text.' }).trim().min(1, 'Write the addendum first.').max(5000, 'An addendum may be at most 5,000 characters.') });

export interface ScoreView {
  id: string;
  title: string;
  value: number | null;
  category?: string;
  interpretation?: string;
  citation: string;
  missing: string[];
}

export interface VisitView {
  appointmentId: string;
  startsAt: string;
  status: string;
  clinicName: string;
  patient: { id: string; name: string; mrn: string; birthDate: string; sexAtBirth: string };
  intake: null | {
    status: 'draft' | 'submitted';
    redFlags: { id: string; title: string; urgency: string; guidance: string }[];
    positives: string[];
    negatives: string[];
    uncertain: string[];
    answers: { label: string; text: string }[];
    medicationsConfirmed: boolean;
    allergiesConfirmed: boolean;
  };
  chart: {
    problems: { id: string; code: string; display: string }[];
    medications: { id: string; genericName: string; dose: string; frequency: string }[];
    allergies: { id: string; substance: string; reaction: string; severity: string }[];
    vitals: { id: string; display: string; value: number; unit: string; effectiveAt: string }[];
  };
  note: null | {
    id: string;
    status: 'draft' | 'signed';
    sections: NoteSections;
    draftedBy: string;
    editedByClinician: boolean;
    signedAt: string | null;
    addenda: { id: string; text: string; signedAt: string; authorName: string | null }[];
  };
  canSign: boolean;
  ai: { configured: boolean; enabled: boolean };
}
