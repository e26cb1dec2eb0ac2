import { extractClinicalText, type Extraction } from '../extract-clinical-text';
import type { NoteSectionKey, NoteSections, NoteSentence, NoteSource } from './draft.types';
import { numbersIn, restates, statementOf, type Statement } from './match-sources';

interface Evidence {
  /** concept id -> negations seen in the sources */
  findings: Map<string, Set<string>>;
  medications: Set<string>;
  /** "generic:value unit" of every dose written in the sources */
  doses: Set<string>;
  numbers: Set<string>;
}

export const NO_SOURCE_FLAG = 'Restates nothing in the draft: no source';

type Extract = (text: string) => Extraction;

/** One verification extracts each distinct text once (a source's excerpt is shared by several sentences). */
function memoized(extract: Extract): Extract {
  const seen = new Map<string, Extraction>();
  return (text) => {
    let out = seen.get(text);
    if (!out) seen.set(text, (out = extract(text)));
    return out;
  };
}

function evidenceOf(texts: readonly string[], extract: Extract = extractClinicalText): Evidence {
  const evidence: Evidence = { findings: new Map(), medications: new Set(), doses: new Set(), numbers: new Set() };
  for (const text of new Set(texts)) {
    const extraction = extract(text);
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
export function unsupportedIn(text: string, evidence: Evidence, extract: Extract = extractClinicalText): string[] {
  const flags: string[] = [];
  const extraction = extract(text);
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

function merged(a: Evidence, b: Evidence): Evidence {
  const findings = new Map([...a.findings].map(([id, seen]) => [id, new Set(seen)]));
  for (const [id, seen] of b.findings) findings.set(id, new Set([...(findings.get(id) ?? []), ...seen]));
  return { findings, medications: new Set([...a.medications, ...b.medications]), doses: new Set([...a.doses, ...b.doses]), numbers: new Set([...a.numbers, ...b.numbers]) };
}

interface DraftEntry {
  section: NoteSectionKey;
  sentence: NoteSentence;
  statement: Statement;
}

const textsOf = (sentences: readonly NoteSentence[]) => sentences.flatMap((s) => [s.text, ...s.sources.map((x) => x.excerpt)]);

function sourcesOf(matched: readonly DraftEntry[]): NoteSource[] {
  const sources: NoteSource[] = [];
  for (const { sentence } of matched) for (const src of sentence.sources) if (!sources.some((x) => x.kind === src.kind && x.ref === src.ref)) sources.push(src);
  return sources;
}

/**
 * Checks a language model's rewrite of a draft against the draft. Each rewritten sentence is matched to the draft
 * sentences it restates (by their findings, medications, numbers and words; in its own section first, else in any,
 * since a model may move a sentence) and carries exactly their sources, so a merged sentence lists both. A sentence
 * that restates nothing with a source gets no source and a flag; whatever the engine cannot find in the sources
 * (a finding, a flipped negation, a medication, dose or number) is flagged too. Flags are shown to the clinician,
 * never accepted silently.
 */
export function verifyRewrite(draft: NoteSections, rewrite: Record<keyof NoteSections, string[]>): NoteSections {
  const keys = Object.keys(draft) as NoteSectionKey[];
  const extract = memoized(extractClinicalText);
  const entries: DraftEntry[] = keys.flatMap((section) => draft[section].map((sentence) => ({ section, sentence, statement: statementOf(sentence.text, extract) })));
  const out = {} as NoteSections;
  for (const key of keys) {
    const sectionEvidence = evidenceOf(textsOf(draft[key]), extract);
    out[key] = (rewrite[key] ?? []).map((text, i): NoteSentence => {
      const statement = statementOf(text, extract);
      const restated = entries.filter((e) => restates(statement, e.statement));
      const inSection = restated.filter((e) => e.section === key);
      const matched = inSection.length ? inSection : restated;
      const sources = sourcesOf(matched);
      // The section's sources stay the evidence (as the model was asked to keep the sections), with whatever a
      // moved sentence restates from another section.
      const moved = matched.filter((e) => e.section !== key).map((e) => e.sentence);
      const flags = unsupportedIn(text, moved.length ? merged(sectionEvidence, evidenceOf(textsOf(moved), extract)) : sectionEvidence, extract);
      if (sources.length === 0) flags.push(NO_SOURCE_FLAG);
      return { id: `${key}-m${i + 1}`, text, sources, origin: 'model', ...(flags.length ? { flags } : {}) };
    });
  }
  return out;
}

export { evidenceOf };
