import type { FindingMention } from './extract-clinical-text';
import type { Vital } from './extract-vitals';
import { findingConcepts } from './lexicon-index';
import { caudaEquinaRule, giBleedRule, meningitisRule, pregnancyBleedingRule, thunderclapRule, vitalSignsRule, weightLossRule } from './red-flag-rules-more';
import { anaphylaxisRule, chestPainRule, sepsisRule, strokeRule, suicideRule, type RedFlagFacts, type RedFlagRule, type Urgency } from './red-flag-rules';

export const redFlagRules: readonly RedFlagRule[] = [
  suicideRule, chestPainRule, strokeRule, anaphylaxisRule, sepsisRule, meningitisRule, thunderclapRule,
  pregnancyBleedingRule, caudaEquinaRule, giBleedRule, vitalSignsRule, weightLossRule,
];

export interface RedFlag {
  id: string;
  title: string;
  urgency: Urgency;
  guidance: string;
  citation: string;
  /** A person at the clinic must act on this now; it is never scored. */
  routeToPerson: boolean;
  evidence: { kind: 'finding' | 'vital'; text: string; start: number; end: number }[];
}

const URGENCY_ORDER: Record<Urgency, number> = { emergency: 0, urgent: 1, routine: 2 };

function factsOf(findings: readonly FindingMention[], vitals: readonly Vital[]): RedFlagFacts {
  const current = (f: FindingMention) => f.experiencer === 'patient' && f.temporality === 'recent';
  const pick = (ids: string[], accept: (f: FindingMention) => boolean) => {
    for (const id of ids) if (!findingConcepts.has(id)) throw new Error(`red-flag rule names unknown concept ${id}`);
    return findings.filter((f) => ids.includes(f.concept.id) && current(f) && accept(f));
  };
  return {
    has: (...ids) => pick(ids, (f) => f.negation === 'affirmed'),
    hasPossibly: (...ids) => pick(ids, (f) => f.negation !== 'negated'),
    vitals: (kind, test) => vitals.filter((v) => v.kind === kind && v.plausible && test(v)),
  };
}

/**
 * Red flags of one extraction: only affirmed, current findings of the patient count (a negated
 * "no chest pain" or a mother's stroke never fires), and only plausible vitals. Most urgent first.
 */
export function evaluateRedFlags(findings: readonly FindingMention[], vitals: readonly Vital[]): RedFlag[] {
  const facts = factsOf(findings, vitals);
  const flags: RedFlag[] = [];
  for (const rule of redFlagRules) {
    const hit = rule.evaluate(facts);
    if (!hit) continue;
    const seen = new Set<number>();
    const evidence = hit.evidence
      .filter((e) => !seen.has(e.start) && seen.add(e.start))
      .map((e) => ({ kind: 'concept' in e ? ('finding' as const) : ('vital' as const), text: e.text, start: e.start, end: e.end }));
    flags.push({ id: rule.id, title: rule.title, urgency: hit.urgency, guidance: rule.guidance[hit.urgency], citation: rule.citation, routeToPerson: rule.routeToPerson ?? false, evidence });
  }
  return flags.sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
}
