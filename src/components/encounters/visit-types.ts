/**
 * The visit screen's data as components receive it (src/server/encounters/visit.schemas.ts and
 * src/server/clinical-ai/drafting/draft.types.ts are the source; restated because components do not import server
 * modules, and the pages' type check keeps the two in step).
 */
export interface NoteSource {
  kind: 'intake' | 'observation' | 'chart' | 'calculation' | 'clinician';
  ref: string;
  label: string;
  excerpt: string;
}

export interface NoteSentence {
  id: string;
  text: string;
  sources: NoteSource[];
  origin: 'engine' | 'model' | 'clinician';
  edited?: boolean;
  flags?: string[];
}

export const sectionKeys = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SectionKey = (typeof sectionKeys)[number];
export type NoteSections = Record<SectionKey, NoteSentence[]>;
export const sectionTitles: Record<SectionKey, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

export interface ScoreView {
  id: string;
  title: string;
  value: number | null;
  category?: string;
  interpretation?: string;
  citation: string;
  missing: string[];
}

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
