import { analyzeSentence, assertSpan, type Assertion } from './assertion-engine';
import { extractDurations, type Duration } from './extract-durations';
import { bodySiteOf, scanFindings, type BodySite } from './extract-mentions';
import { medicationsOf, type MedicationMention } from './extract-medications';
import { extractSeverities, type Severity } from './extract-severity';
import { extractVitals, type Vital } from './extract-vitals';
import type { FindingConcept } from './lexicon-index';
import { SectionTracker } from './section-context';
import { splitSentences } from './text-sentences';
import { tokenize } from './text-tokens';

export interface FindingMention extends Assertion {
  text: string;
  start: number;
  end: number;
  concept: FindingConcept;
  severity?: Omit<Severity, 'start' | 'end'> & { start: number; end: number };
  duration?: Duration;
  bodySite?: BodySite;
}

export interface Extraction {
  findings: FindingMention[];
  medications: MedicationMention[];
  vitals: Vital[];
}

/** A score may trail its finding ("pain is 7/10 today"); a word sits next to it ("severe headache", "pain is severe"). */
const SCORE_REACH = 40;
const WORD_REACH = 12;

function nearest<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number, reach: number): T | undefined {
  let best: T | undefined;
  let bestGap = Infinity;
  for (const item of items) {
    const gap = item.end <= from ? from - item.end : item.start >= to ? item.start - to : 0;
    if (gap <= reach && gap < bestGap) {
      best = item;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Structures free clinical text: each finding with its concept, assertion (negation, time,
 * experiencer), severity, duration and body site; medications; vitals. Deterministic and
 * offline; the text is never logged or stored here.
 */
export function extractClinicalText(text: string): Extraction {
  const tokens = tokenize(text);
  const severities = extractSeverities(text);
  const durations = extractDurations(text);
  const findings: FindingMention[] = [];
  const medications: MedicationMention[] = [];
  const section = new SectionTracker();
  for (const { from, to } of splitSentences(tokens)) {
    section.enter(tokens, from, to);
    const sentenceTokens = tokens.slice(from, to);
    const ctx = analyzeSentence(text, sentenceTokens);
    const sStart = tokens[from]!.start;
    const sEnd = tokens[to - 1]!.end;
    const inSentence = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((x) => x.start >= sStart && x.end <= sEnd);
    const sentenceSeverities = inSentence(severities);
    const sentenceDurations = inSentence(durations);
    for (const m of scanFindings(tokens, from, to)) {
      const start = tokens[m.from]!.start;
      const end = tokens[m.to - 1]!.end;
      const mention: FindingMention = { text: text.slice(start, end), start, end, concept: m.value, ...section.apply(assertSpan(ctx, m.from - from, m.to - from)) };
      const severity =
        nearest(sentenceSeverities.filter((x) => x.score !== undefined), start, end, SCORE_REACH) ??
        nearest(sentenceSeverities.filter((x) => x.score === undefined), start, end, WORD_REACH);
      if (severity) mention.severity = severity;
      // A duration belongs to what the patient has, not to what they deny.
      const duration = mention.negation === 'negated' ? undefined : nearest(sentenceDurations, start, end, Infinity);
      if (duration) mention.duration = duration;
      const site = bodySiteOf(text, tokens, m, from, to);
      if (site) mention.bodySite = site;
      findings.push(mention);
    }
    medications.push(...medicationsOf(text, tokens, from, to, ctx).map((m) => section.apply(m)));
  }
  return { findings, medications, vitals: extractVitals(text) };
}
