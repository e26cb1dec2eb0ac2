import { extractClinicalText, type FindingMention } from '../extract-clinical-text';
import type { DraftInput, NoteSource } from './draft.types';

export interface StatedFinding {
  conceptId: string;
  term: string;
  kind: 'reports' | 'denies' | 'unsure' | 'history' | 'family';
  detail: string;
  sources: NoteSource[];
}

const kindOf = (f: FindingMention): StatedFinding['kind'] => {
  if (f.experiencer === 'other') return 'family';
  if (f.negation === 'negated') return 'denies';
  if (f.negation === 'possible' || f.temporality === 'hypothetical') return 'unsure';
  if (f.temporality === 'historical') return 'history';
  return 'reports';
};

const detailOf = (f: FindingMention): string => {
  const parts: string[] = [];
  if (f.severity) parts.push(f.severity.score !== undefined ? `severity ${f.severity.score}/10` : f.severity.level);
  if (f.duration) parts.push(f.duration.text);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/**
 * The findings of the intake answers with their assertion, one per concept and kind, each carrying the answers
 * that stated it. A concept both reported and denied keeps both: the clinician sees the contradiction.
 */
export function intakeFindings(intake: DraftInput['intake']): StatedFinding[] {
  const byKey = new Map<string, StatedFinding>();
  for (const answer of intake) {
    if (!answer.text.trim()) continue;
    for (const f of extractClinicalText(answer.text).findings) {
      const kind = kindOf(f);
      const key = `${f.concept.id}:${kind}`;
      const source: NoteSource = { kind: 'intake', ref: answer.key, label: `Intake: ${answer.label}`, excerpt: answer.text };
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.sources.some((s) => s.ref === answer.key)) existing.sources.push(source);
        continue;
      }
      byKey.set(key, { conceptId: f.concept.id, term: f.concept.preferredTerm.toLowerCase(), kind, detail: kind === 'reports' ? detailOf(f) : '', sources: [source] });
    }
  }
  return [...byKey.values()];
}
