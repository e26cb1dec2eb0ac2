import { extractClinicalText, type Extraction } from '../extract-clinical-text';

/** What a sentence states, in the terms the rewrite is compared by. */
export interface Statement {
  findings: Set<string>;
  medications: Set<string>;
  /** Kinds of vital sign named with a value ("SpO2 95%" and "Oxygen saturation 95 %" are the same kind). */
  vitals: Set<string>;
  numbers: Set<string>;
  words: Set<string>;
}

const NUMBER = /\d+(?:\.\d+)?/g;
export const numbersIn = (text: string): string[] => (text.match(NUMBER) ?? []).map((x) => String(Number(x)));

/**
 * Words that say nothing about the patient: function words, the draft's own framing ("Reports", "on record",
 * "patient's words") and the verbs a model uses to restate it. Sharing only these is not restating.
 */
const FILLER = new Set(
  (
    'the and but for with without from into onto than then that this these those there here his her hers him she he they them their its ' +
    'has have had having was were are is been being will would can could may might should also any some per about over under after before ' +
    'not nor none nothing yes patient patients reports reported report reporting denies denied deny denying states stated says said notes noted ' +
    'note record recorded records intake visit visits reason words today currently current presents presented describes described mentions mentioned ' +
    'known history family past other there which who whom what when where while very'
  ).split(' '),
);

/** A light stemmer: enough that "coughs", "coughing" and "cough" meet, not a linguistic one. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export function wordsIn(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length >= 3 && !FILLER.has(w)) words.add(stem(w));
  return words;
}

export function statementOf(text: string, extract: (text: string) => Extraction = extractClinicalText): Statement {
  const extraction = extract(text);
  return {
    findings: new Set(extraction.findings.map((f) => f.concept.id)),
    medications: new Set(extraction.medications.map((m) => (m.generic ?? m.text).toLowerCase())),
    vitals: new Set(extraction.vitals.map((v) => v.kind)),
    numbers: new Set(numbersIn(text)),
    words: wordsIn(text),
  };
}

const shared = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * Whether a rewritten sentence restates a draft sentence: it names one of its findings (whatever the negation:
 * a flipped negation is still about that sentence, and is flagged separately), medications or kinds of vital
 * sign (whatever the value: a changed value is flagged separately), or a number
 * together with a word of it, or enough of its words: at least two making up half of either sentence, or every
 * word of a short one ("Well." restated as "Well.").
 */
export function restates(rewritten: Statement, draft: Statement): boolean {
  if (shared(rewritten.findings, draft.findings) > 0 || shared(rewritten.medications, draft.medications) > 0 || shared(rewritten.vitals, draft.vitals) > 0) return true;
  const words = shared(rewritten.words, draft.words);
  if (words > 0 && shared(rewritten.numbers, draft.numbers) > 0) return true;
  if (words >= 2 && (words * 2 >= draft.words.size || words * 2 >= rewritten.words.size)) return true;
  return words > 0 && words === draft.words.size && [...draft.numbers].every((n) => rewritten.numbers.has(n));
}
