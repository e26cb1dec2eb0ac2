import { extractClinicalText } from '../extract-clinical-text';
import type { NoteSections, NoteSentence, NoteSource } from './draft.types';

interface Evidence {
  /** concept id -> negations seen in the sources */
  findings: Map<string, Set<string>>;
  medications: Set<string>;
  /** "generic:value unit" of every dose written in the sources */
  doses: Set<string>;
  numbers: Set<string>;
}

const NUMBER = /\d+(?:\.\d+)?/g;
const numbersIn = (text: string) => (text.match(NUMBER) ?? []).map((x) => String(Number(x)));

function evidenceOf(texts: readonly string[]): Evidence {
  const evidence: Evidence = { findings: new Map(), medications: new Set(), doses: new Set(), numbers: new Set() };
  for (const text of texts) {
    const extraction = extractClinicalText(text);
    for (const f of extraction.findings) {
      const seen = evidence.findings.get(f.concept.id) ?? new Set<string>();
      seen.add(f.negation);
      evidence.findings.set(f.concept.id, seen);
    }
    for (const m of extraction.medications) {
      const name = (m.generic ?? m.text).toLowerCase();
      evidence.medications.add(name);
      if (m.dose) evidence.doses.add(`${name}:${m.dose.value} ${m.dose.unit}`);
    }
    for (const x of numbersIn(text)) evidence.numbers.add(x);
  }
  return evidence;
}

/** What in one sentence has no source: findings, negation flips, medications, doses and other numbers. */
export function unsupportedIn(text: string, evidence: Evidence): string[] {
  const flags: string[] = [];
  const extraction = extractClinicalText(text);
  for (const f of extraction.findings) {
    const seen = evidence.findings.get(f.concept.id);
    if (!seen) flags.push(`Finding with no source: ${f.text}`);
    else if (!seen.has(f.negation)) flags.push(`Negation differs from the source: ${f.text} (${f.negation}; source: ${[...seen].join(', ')})`);
  }
  for (const m of extraction.medications) {
    const name = (m.generic ?? m.text).toLowerCase();
    if (!evidence.medications.has(name)) flags.push(`Medication with no source: ${m.text}`);
    else if (m.dose && !evidence.doses.has(`${name}:${m.dose.value} ${m.dose.unit}`)) flags.push(`Dose with no source: ${m.text} ${m.dose.value} ${m.dose.unit}`);
  }
  for (const x of numbersIn(text)) if (!evidence.numbers.has(x)) flags.push(`Number with no source: ${x}`);
  return [...new Set(flags)];
}

/**
 * Checks a language model's rewrite of a draft against the draft's sources. Each rewritten sentence keeps the
 * sources of the section it rewrites, and whatever the engine cannot find in those sources is flagged for the
 * clinician, never accepted silently.
 */
export function verifyRewrite(draft: NoteSections, rewrite: Record<keyof NoteSections, string[]>): NoteSections {
  const out = {} as NoteSections;
  for (const key of Object.keys(draft) as (keyof NoteSections)[]) {
    const sources: NoteSource[] = [];
    for (const s of draft[key]) for (const src of s.sources) if (!sources.some((x) => x.kind === src.kind && x.ref === src.ref)) sources.push(src);
    const evidence = evidenceOf([...sources.map((s) => s.excerpt), ...draft[key].map((s) => s.text)]);
    out[key] = (rewrite[key] ?? []).map((text, i): NoteSentence => {
      const flags = unsupportedIn(text, evidence);
      return { id: `${key}-m${i + 1}`, text, sources, origin: 'model', ...(flags.length ? { flags } : {}) };
    });
  }
  return out;
}

export { evidenceOf };
