import fs from 'node:fs';
import path from 'node:path';
import type { Assertion, Experiencer, Negation, Temporality } from './assertion-engine';

/** One annotated finding mention of the development set. */
export interface AnnotatedMention {
  /** The file it came from, when loaded from one. */
  file?: string;
  line: number;
  sentence: string;
  target: string;
  gold: Pick<Assertion, 'negation' | 'temporality' | 'experiencer'>;
}

const NEGATION: Record<string, Negation> = { A: 'affirmed', N: 'negated', P: 'possible' };
const TEMPORALITY: Record<string, Temporality> = { R: 'recent', H: 'historical', Y: 'hypothetical' };
const EXPERIENCER: Record<string, Experiencer> = { P: 'patient', O: 'other' };

const TESTDATA = path.join(path.dirname(new URL(import.meta.url).pathname), 'testdata');
export const DEV_SET_PATH = path.join(TESTDATA, 'dev-set-notes.txt');
/**
 * The whole development set: the first notes and the later batches, each written and scored
 * blind before the engine was tuned on it (dev-set-blind-*.txt).
 */
export const DEV_SET_FILES: readonly string[] = [
  DEV_SET_PATH,
  ...fs.readdirSync(TESTDATA).filter((f) => /^dev-set-blind-\d+\.txt$/.test(f)).sort().map((f) => path.join(TESTDATA, f)),
];

/** Lines "N R P | target | sentence"; "#" starts a comment. A malformed line is an error, not skipped. */
export function parseDevSet(text: string): AnnotatedMention[] {
  const mentions: AnnotatedMention[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [labels = '', target = '', ...rest] = line.split(' | ');
    const [n = '', t = '', e = ''] = labels.split(' ');
    const negation = NEGATION[n];
    const temporality = TEMPORALITY[t];
    const experiencer = EXPERIENCER[e];
    const sentence = rest.join(' | ');
    if (!negation || !temporality || !experiencer || !target || !sentence) throw new Error(`dev set line ${index + 1} is malformed`);
    mentions.push({ line: index + 1, sentence, target, gold: { negation, temporality, experiencer } });
  });
  return mentions;
}

/** One file, or by default every file of the development set. */
export function loadDevSet(files: string | readonly string[] = DEV_SET_FILES): AnnotatedMention[] {
  return (typeof files === 'string' ? [files] : files).flatMap((file) => parseDevSet(fs.readFileSync(file, 'utf8')).map((m) => ({ ...m, file: path.basename(file) })));
}

export interface Scores {
  mentions: number;
  negation: { precision: number; recall: number; f1: number; accuracy: number };
  possible: { precision: number; recall: number };
  temporalityAccuracy: number;
  experiencerAccuracy: number;
  errors: { file?: string; line: number; dimension: string; expected: string; got: string; target: string; sentence: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Negation is scored as the detection of "negated" (as NegEx and the targets are). */
export function scoreDevSet(mentions: readonly AnnotatedMention[], assess: (sentence: string, target: string) => Assertion): Scores {
  let tp = 0, fp = 0, fn = 0, negOk = 0, possTp = 0, possFp = 0, possFn = 0, tempOk = 0, expOk = 0;
  const errors: Scores['errors'] = [];
  for (const m of mentions) {
    const got = assess(m.sentence, m.target);
    const goldNeg = m.gold.negation === 'negated';
    const gotNeg = got.negation === 'negated';
    if (goldNeg && gotNeg) tp++;
    else if (gotNeg) fp++;
    else if (goldNeg) fn++;
    if (m.gold.negation === 'possible' && got.negation === 'possible') possTp++;
    else if (got.negation === 'possible') possFp++;
    else if (m.gold.negation === 'possible') possFn++;
    for (const dimension of ['negation', 'temporality', 'experiencer'] as const) {
      if (m.gold[dimension] === got[dimension]) {
        if (dimension === 'negation') negOk++;
        if (dimension === 'temporality') tempOk++;
        if (dimension === 'experiencer') expOk++;
      } else {
        errors.push({ file: m.file, line: m.line, dimension, expected: m.gold[dimension], got: got[dimension], target: m.target, sentence: m.sentence });
      }
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    mentions: mentions.length,
    negation: { precision, recall, f1: ratio(2 * precision * recall, precision + recall), accuracy: ratio(negOk, mentions.length) },
    possible: { precision: ratio(possTp, possTp + possFp), recall: ratio(possTp, possTp + possFn) },
    temporalityAccuracy: ratio(tempOk, mentions.length),
    experiencerAccuracy: ratio(expOk, mentions.length),
    errors,
  };
}

export function formatScores(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `Development set: ${s.mentions} annotated finding mentions`,
    `negation (negated): precision ${f(s.negation.precision)} recall ${f(s.negation.recall)} F1 ${f(s.negation.f1)}; 3-way accuracy ${f(s.negation.accuracy)}`,
    `possible: precision ${f(s.possible.precision)} recall ${f(s.possible.recall)}`,
    `temporality accuracy ${f(s.temporalityAccuracy)}; experiencer accuracy ${f(s.experiencerAccuracy)}`,
  ].join('\n');
}
