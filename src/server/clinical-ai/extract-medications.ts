import { analyzeSentence, assertSpan, type Assertion } from './assertion-engine';
import { couldBeDrugName, scanMedications } from './extract-mentions';
import type { Token } from './text-tokens';

export interface MedicationMention extends Assertion {
  text: string;
  start: number;
  end: number;
  /** Canonical generic name; null when the drug is not in the lexicon. */
  generic: string | null;
  /** False for a name written with a dose that the lexicon does not know: listed, never ignored. */
  known: boolean;
  dose?: { value: number; unit: string };
  frequency?: string;
  /** Named as something the patient is allergic to ("allergic to penicillin"), not as a medicine taken. */
  allergy?: true;
}

const ALLERGY_BEFORE = /\b(?:allerg(?:y|ies|ic)|intoleran(?:t|ce)|reaction)\s+(?:to\s+)?(?:\w+\s+)?$/i;

const DOSE = /\s*(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|micrograms?|g|grams?|ml|mls|units?|iu|puffs?|tablets?|tabs?|drops?|%)(?![a-z/])/iy;
const FREQUENCY = /[\s,]*(once daily|once a day|twice daily|twice a day|three times a day|three times daily|four times a day|daily|nightly|at night|at bedtime|in the morning|weekly|every \d+ (?:hours?|hrs?|h)|q\d+h|qd|od|bid|bd|tid|tds|qid|qds|qhs|qam|prn|as needed|as required|stat)\b/iy;

function readDose(text: string, at: number): { dose?: MedicationMention['dose']; frequency?: string; end: number } {
  DOSE.lastIndex = at;
  const d = DOSE.exec(text);
  let end = at;
  const out: { dose?: MedicationMention['dose']; frequency?: string; end: number } = { end };
  if (d) {
    out.dose = { value: Number(d[1]), unit: (d[2] ?? '').toLowerCase() };
    end = DOSE.lastIndex;
  }
  FREQUENCY.lastIndex = end;
  const f = FREQUENCY.exec(text);
  if (f) {
    out.frequency = (f[1] ?? '').toLowerCase();
    end = FREQUENCY.lastIndex;
  }
  out.end = end;
  return out;
}

/** Medications of one sentence: lexicon names, and unknown names that carry a dose. */
export function medicationsOf(text: string, tokens: readonly Token[], from: number, to: number, ctx: ReturnType<typeof analyzeSentence>): MedicationMention[] {
  const out: MedicationMention[] = [];
  const known = scanMedications(tokens, from, to);
  const covered = new Set<number>();
  for (const m of known) for (let k = m.from; k < m.to; k++) covered.add(k);
  const candidates = [
    ...known.map((m) => ({ from: m.from, to: m.to, generic: m.value.generic as string | null })),
    ...unknownWithDose(text, tokens, from, to, covered),
  ].sort((a, b) => a.from - b.from);
  for (const c of candidates) {
    const start = tokens[c.from]!.start;
    const nameEnd = tokens[c.to - 1]!.end;
    const { dose, frequency, end } = readDose(text, nameEnd);
    const mention: MedicationMention = {
      text: text.slice(start, Math.max(nameEnd, end)).trim(),
      start,
      end: Math.max(nameEnd, end),
      generic: c.generic,
      known: c.generic !== null,
      ...assertSpan(ctx, c.from - from, c.to - from),
    };
    if (dose) mention.dose = dose;
    if (ALLERGY_BEFORE.test(text.slice(Math.max(tokens[from]!.start, start - 40), start)) || /^\s*allerg/i.test(text.slice(mention.end, mention.end + 12))) mention.allergy = true;
    if (frequency) mention.frequency = frequency;
    out.push(mention);
  }
  return out;
}

function unknownWithDose(text: string, tokens: readonly Token[], from: number, to: number, covered: Set<number>) {
  const out: { from: number; to: number; generic: null }[] = [];
  for (let i = from; i < to; i++) {
    if (covered.has(i) || !couldBeDrugName(tokens[i])) continue;
    DOSE.lastIndex = tokens[i]!.end;
    const d = DOSE.exec(text);
    if (d && !/^(?:%|tablets?|tabs?|drops?|puffs?)$/i.test(d[2] ?? '')) out.push({ from: i, to: i + 1, generic: null });
  }
  return out;
}
