/** Where a sentence of a drafted note came from; the editor lists these next to the sentence. */
export interface NoteSource {
  kind: 'intake' | 'observation' | 'chart' | 'calculation' | 'clinician';
  /** The id of the row or the intake question key it came from. */
  ref: string;
  label: string;
  /** The words or value of the source, as recorded. */
  excerpt: string;
}

export interface NoteSentence {
  id: string;
  text: string;
  sources: NoteSource[];
  /** engine: written by the deterministic engine; model: rewritten by a language model; clinician: typed by the clinician. */
  origin: 'engine' | 'model' | 'clinician';
  edited?: boolean;
  /** Problems found by the verifier (a finding, negation, medication, dose or number with no source). */
  flags?: string[];
}

export const noteSectionKeys = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type NoteSectionKey = (typeof noteSectionKeys)[number];
export type NoteSections = Record<NoteSectionKey, NoteSentence[]>;

/** Everything the drafter may draw on. It states nothing that is not in here. */
export interface DraftInput {
  intake: { key: string; label: string; text: string }[];
  redFlags: { id: string; title: string; urgency: string; answerKeys: string[] }[];
  observations: { id: string; display: string; value: number; unit: string }[];
  calculations: { id: string; title: string; value: number; category?: string; observationIds: string[] }[];
  chart: {
    problems: { id: string; code: string; display: string }[];
    medications: { id: string; genericName: string; dose: string; frequency: string }[];
    allergies: { id: string; substance: string; reaction: string }[];
  };
  clinicianText: string;
}
