import { assertionTrie, Dim, dimOf, type TriggerRule } from './assertion-lexicon';
import { TokenKind, type Token } from './text-tokens';
import type { TriggerCategory } from './assertion-triggers';

export type Negation = 'affirmed' | 'negated' | 'possible';
export type Temporality = 'recent' | 'historical' | 'hypothetical';
export type Experiencer = 'patient' | 'other';

export interface Assertion {
  negation: Negation;
  temporality: Temporality;
  experiencer: Experiencer;
  /** The phrase that decided, as written: the negation trigger first, then time, then experiencer. */
  trigger?: string;
}

interface FoundTrigger {
  start: number;
  end: number;
  rule: TriggerRule;
}

/** One sentence's triggers and the prefix counts that make every scope check O(1). */
export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  triggers: FoundTrigger[];
  /** prefix[i] = count over tokens [0, i). */
  words: Int32Array;
  breaks: Int32Array;
  semicolons: Int32Array;
  commas: Int32Array;
  ends: [Int32Array, Int32Array, Int32Array];
}

const BREAKS = new Set(['.', '!', '?', ';', '\n']);
/** A semicolon separates clauses but not the items under a "Family history:" heading. */
const CLAUSE_ONLY = ';';
const UNCOUNTED = new Set(['and', 'or', 'nor', '&', 'any']);
/** The longest list item, in words on average, through which a negation runs past its window. */
const LIST_ITEM_WORDS = 3;

/** Finds the triggers of tokens[from, to) once; assertSpan then answers for any span in it. */
export function analyzeSentence(text: string, tokens: readonly Token[]): SentenceContext {
  const n = tokens.length;
  const words = new Int32Array(n + 1);
  const breaks = new Int32Array(n + 1);
  const semicolons = new Int32Array(n + 1);
  const commas = new Int32Array(n + 1);
  const ends: [Int32Array, Int32Array, Int32Array] = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  const termAt = new Uint8Array(n);
  const triggers: FoundTrigger[] = [];
  let i = 0;
  while (i < n) {
    const match = assertionTrie.longestAt(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    const { rules, softNegationEnd } = match.value;
    let { terminates } = match.value;
    if (softNegationEnd && listGoesOnDenied(tokens, match.end)) terminates &= ~(1 << Dim.negation);
    // A verb right after a negation is what is negated ("has not complained of chest pain",
    // "did not report fever"): it does not end that negation's scope.
    const prev = triggers[triggers.length - 1];
    const negatedBefore = prev !== undefined && prev.end === i && prev.rule.category === 'negated' && prev.rule.direction === 'forward';
    for (const rule of rules) triggers.push({ start: i, end: match.end, rule });
    termAt[i] = negatedBefore ? terminates & ~(1 << Dim.negation) : terminates;
    i = match.end;
  }
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const isWord = t.kind === TokenKind.Word || t.kind === TokenKind.Number;
    words[k + 1] = words[k]! + (isWord && !UNCOUNTED.has(t.norm) ? 1 : 0);
    const isBreak = t.kind === TokenKind.Break || (t.kind === TokenKind.Punct && BREAKS.has(t.norm) && !isListNumber(tokens, k) && !isInitial(tokens, k));
    breaks[k + 1] = breaks[k]! + (isBreak ? 1 : 0);
    semicolons[k + 1] = semicolons[k]! + (t.norm === CLAUSE_ONLY ? 1 : 0);
    commas[k + 1] = commas[k]! + (t.norm === ',' ? 1 : 0);
    const bits = termAt[k]!;
    for (let d = 0; d < 3; d++) ends[d]![k + 1] = ends[d]![k]! + ((bits >> d) & 1);
  }
  // A heading trigger ("Past medical history:", "Family history:") governs everything after it.
  for (const trig of triggers) {
    if (trig.rule.direction === 'forward' && trig.rule.category !== 'negated' && tokens[trig.end]?.norm === ':') {
      trig.rule = { ...trig.rule, window: Number.POSITIVE_INFINITY };
    }
  }
  return { text, tokens, triggers, words, breaks, semicolons, commas, ends };
}

/** An "or"/"nor" later in the clause: the list is still under its negation ("no fever, mild cough, or chills"). */
function listGoesOnDenied(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.norm === 'or' || t.norm === 'nor') return true;
    if (t.kind === TokenKind.Break || (t.kind === TokenKind.Punct && BREAKS.has(t.norm))) return false;
    if (t.norm === 'but' || t.norm === 'however' || t.norm === 'with' || t.norm === 'and') return false;
  }
  return false;
}

/** A full stop glued to one letter ("H. pylori", "E. coli") abbreviates; it ends nothing. */
function isInitial(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]!.norm === '.' && prev !== undefined && prev.kind === TokenKind.Word && prev.norm.length === 1 && prev.end === tokens[k]!.start;
}

/** "1." or "2)" numbering a list ("History: 1. Hypertension 2. Diabetes") is not the end of a sentence. */
function isListNumber(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (tokens[k]!.norm !== '.' || !prev || prev.kind !== TokenKind.Number || prev.norm.length > 2 || prev.norm.includes('.')) return false;
  const before = tokens[k - 2];
  return !before || before.kind === TokenKind.Punct || before.kind === TokenKind.Break;
}

const between = (prefix: Int32Array, from: number, to: number) => prefix[to]! - prefix[from]!;

/** Distance in words from the trigger to the span, or -1 when the span is outside its scope. */
function scopeDistance(ctx: SentenceContext, trig: FoundTrigger, start: number, end: number): number {
  const dim = dimOf[trig.rule.category];
  let from: number;
  let to: number;
  // A trigger that begins before the span and runs into it ("no acute" in "no acute distress")
  // still governs it; one that begins inside the span is part of the finding's own words.
  // A backward trigger that takes the finding in ("if symptoms worsen") governs it too.
  if (trig.rule.direction === 'backward' && trig.start < start && trig.end >= end) return 0;
  if (trig.rule.direction === 'forward') {
    if (trig.start >= start) return -1;
    from = Math.min(trig.end, start);
    to = start;
  } else {
    if (trig.end <= end || trig.start < start) return -1;
    from = end;
    to = Math.max(trig.start, end);
  }
  const crossed = between(ctx.breaks, from, to) - (dim === Dim.experiencer ? between(ctx.semicolons, from, to) : 0);
  if (crossed > 0 || between(ctx.ends[dim], from, to) > 0) return -1;
  // A hedge after the fact ("..., fracture cannot be excluded") or a field's value ("Murmurs - none")
  // qualifies its own clause only.
  const commas = between(ctx.commas, from, to);
  if (trig.rule.clause && commas > 0) return -1;
  const distance = between(ctx.words, from, to);
  if (distance <= trig.rule.window) return distance;
  // A negation heads a list as long as the list runs ("Denies fevers, chills, ..., or dysuria"):
  // beyond its window it still reaches a finding when every item on the way is short.
  if (dim === Dim.negation && trig.rule.direction === 'forward' && commas >= 2 && distance <= LIST_ITEM_WORDS * (commas + 1)) return distance;
  return -1;
}

/** The nearest trigger of each dimension whose scope covers tokens [start, end). */
export function assertSpan(ctx: SentenceContext, start: number, end: number): Assertion {
  const best: [FoundTrigger | null, FoundTrigger | null, FoundTrigger | null] = [null, null, null];
  const bestDistance = [Infinity, Infinity, Infinity];
  for (const trig of ctx.triggers) {
    const distance = scopeDistance(ctx, trig, start, end);
    if (distance < 0) continue;
    const dim = dimOf[trig.rule.category];
    // Ties go to the forward trigger: "no fever, possible pneumonia" reads left to right; but an
    // outcome after the finding settles a question before it ("evaluation for hemorrhage was negative").
    const current = best[dim];
    const outcome = current !== null && current.rule.category === 'possible' && current.rule.direction === 'forward' && trig.rule.category === 'negated' && trig.rule.direction === 'backward';
    if (distance < bestDistance[dim]! || (distance === bestDistance[dim] && (trig.rule.direction === 'forward' || outcome))) {
      best[dim] = trig;
      bestDistance[dim] = distance;
    }
  }
  return assertionOf(ctx, best);
}

/** Without a located span: the first trigger of each dimension anywhere in the sentence. */
export function assertSentence(ctx: SentenceContext): Assertion {
  const best: [FoundTrigger | null, FoundTrigger | null, FoundTrigger | null] = [null, null, null];
  for (const trig of ctx.triggers) best[dimOf[trig.rule.category]] ??= trig;
  return assertionOf(ctx, best);
}

const valueOf: Record<TriggerCategory, string> = {
  negated: 'negated',
  possible: 'possible',
  historical: 'historical',
  hypothetical: 'hypothetical',
  other: 'other',
};

function assertionOf(ctx: SentenceContext, best: [FoundTrigger | null, FoundTrigger | null, FoundTrigger | null]): Assertion {
  const [temp, exp] = [best[1], best[2]];
  // An outcome awaited under a condition ("until meningitis is excluded", "to ensure the
  // pneumonia has cleared") has not happened: the finding is there now.
  const awaited = best[0]?.rule.direction === 'backward' && best[0].rule.category === 'negated' && temp?.rule.category === 'hypothetical' && temp.rule.direction === 'forward';
  const neg = awaited ? null : best[0];
  const negation = neg ? (valueOf[neg.rule.category] as Negation) : 'affirmed';
  // An absent finding is absent now: "no history of seizures", "remote MI, no angina since" are
  // recent (the dev-set convention, as in ConText's annotation of negated conditions).
  const historical = temp?.rule.category === 'historical';
  const timeTrigger = negation === 'negated' && historical ? null : temp;
  const assertion: Assertion = {
    negation,
    temporality: timeTrigger ? (valueOf[timeTrigger.rule.category] as Temporality) : 'recent',
    experiencer: exp ? 'other' : 'patient',
  };
  const decider = neg ?? timeTrigger ?? exp;
  if (decider) {
    const first = ctx.tokens[decider.start]!;
    const last = ctx.tokens[decider.end - 1]!;
    assertion.trigger = ctx.text.slice(first.start, last.end);
  }
  return assertion;
}

export { Dim };
