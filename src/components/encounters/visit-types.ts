// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
import type { NoteSentence } from '@/server/clinical-ai/drafting/draft.types';
export type { NoteSentence, NoteSource } from '@/server/clinical-ai/drafting/draft.types';
export type { ScoreView } from '@/server/encounters/visit.schemas';

export const sectionKeys = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SectionKey = (typeof sectionKeys)[number];
export type NoteSections = Record<SectionKey, NoteSentence[]>;
export const sectionTitles: Record<SectionKey, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

export interface NoteView {
  id: string;
  status: 'draft' | 'signed';
  sections: NoteSections;
  draftedBy: string;
  editedByClinician: boolean;
  signedAt: string | null;
  addenda: { id: string; text: string; signedAt: string; authorName: string | null }[];
}

export interface VisitIntakeSummary {
  status: 'draft' | 'submitted';
  redFlags: { id: string; title: string; urgency: string; guidance: string }[];
  positives: string[];
  negatives: string[];
  uncertain: string[];
  answers: { label: string; text: string }[];
  medicationsConfirmed: boolean;
  allergiesConfirmed: boolean;
}

export interface VisitChart {
  problems: { id: string; code: string; display: string }[];
  medications: { id: string; genericName: string; dose: string; frequency: string }[];
  allergies: { id: string; substance: string; reaction: string; severity: string }[];
  vitals: { id: string; display: string; value: number; unit: string; effectiveAt: string }[];
}
