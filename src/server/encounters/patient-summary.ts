import type { NoteSections, NoteSentence } from '@/server/clinical-ai/drafting/draft.types';

export interface PatientSummary {
  reason: string | null;
  toldUs: string[];
  measured: string[];
  assessment: string[];
  nextSteps: string[];
}

const PLAIN: [RegExp, string][] = [
  [/^Reports (.+)\.$/, 'You told us about $1.'],
  [/^Denies (.+)\.$/, 'You did not have $1.'],
  [/^Unsure whether there is (.+)\.$/, 'You were not sure about $1.'],
  [/^Past history of (.+)\.$/, 'You have had $1 in the past.'],
  [/^Family history of (.+)\.$/, 'Someone in your family has had $1.'],
];

const plain = (s: NoteSentence) => PLAIN.reduce((text, [re, to]) => text.replace(re, to), s.text);

/**
 * A plain-language summary for the patient, from the signed note only: what they told us, what was measured, what
 * the clinician concluded and the next steps. Chart listings and red-flag wording stay in the clinical note.
 */
export function summarizeForPatient(note: NoteSections): PatientSummary {
  const reason = note.subjective.find((s) => s.sources.some((x) => x.kind === 'intake' && x.ref === 'reason'))?.sources.find((x) => x.ref === 'reason')?.excerpt ?? null;
  return {
    reason,
    toldUs: note.subjective.filter((s) => PLAIN.some(([re]) => re.test(s.text))).map(plain),
    measured: note.objective.filter((s) => s.sources.some((x) => x.kind === 'observation' || x.kind === 'calculation')).map((s) => s.text),
    assessment: note.assessment.filter((s) => s.origin !== 'engine' || s.edited).map((s) => s.text),
    nextSteps: note.plan.map((s) => s.text),
  };
}
