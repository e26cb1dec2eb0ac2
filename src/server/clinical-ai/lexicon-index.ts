import { bodySiteEntries, lateralityWords } from './lexicon-body-sites';
import { conditionConcepts } from './lexicon-conditions';
import { symptomConcepts } from './lexicon-findings-symptoms';
import { systemConcepts } from './lexicon-findings-systems';
import { medicationEntries } from './lexicon-medications';
import { phraseKeys } from './text-tokens';
import { TokenTrie } from './token-trie';

export interface FindingConcept {
  /** Stable id used by red-flag rules: the preferred term in snake case. */
  id: string;
  preferredTerm: string;
  code: string;
  system: 'ICD-10-CM';
}

export interface MedicationConcept {
  generic: string;
}

export interface BodySiteConcept {
  site: string;
}

export const conceptIdOf = (term: string) => term.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Phrase and its plural ("headaches", "nodules"), so data files list each phrase once. */
function withPlural(keys: string[]): string[][] {
  const last = keys[keys.length - 1] ?? '';
  if (last.length < 3 || last.endsWith('s') || /\d/.test(last)) return [keys];
  return [keys, [...keys.slice(0, -1), `${last}s`]];
}

function splitEntry(line: string): { head: string[]; synonyms: string[] } {
  const parts = line.split('|');
  const synonyms = (parts[parts.length - 1] ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  return { head: parts.slice(0, -1), synonyms };
}

function buildFindings() {
  const trie = new TokenTrie<FindingConcept>();
  const byId = new Map<string, FindingConcept>();
  for (const line of [...symptomConcepts, ...systemConcepts, ...conditionConcepts]) {
    const { head, synonyms } = splitEntry(line);
    const [code = '', preferredTerm = ''] = head;
    const concept: FindingConcept = { id: conceptIdOf(preferredTerm), preferredTerm, code, system: 'ICD-10-CM' };
    if (byId.has(concept.id)) throw new Error(`duplicate finding concept ${concept.id}`);
    byId.set(concept.id, concept);
    for (const phrase of [preferredTerm, ...synonyms]) for (const keys of withPlural(phraseKeys(phrase))) trie.add(keys, concept);
  }
  return { trie, byId };
}

function buildMedications() {
  const trie = new TokenTrie<MedicationConcept>();
  const generics = new Set<string>();
  for (const line of medicationEntries) {
    const { head, synonyms } = splitEntry(line);
    const generic = head[0] ?? '';
    generics.add(generic);
    for (const phrase of [generic, ...synonyms]) trie.add(phraseKeys(phrase), { generic });
  }
  return { trie, generics };
}

function buildBodySites() {
  const trie = new TokenTrie<BodySiteConcept>();
  for (const line of bodySiteEntries) {
    const { head, synonyms } = splitEntry(line);
    const site = head[0] ?? '';
    for (const phrase of [site, ...synonyms]) trie.add(phraseKeys(phrase), { site });
  }
  return trie;
}

const findings = buildFindings();
const medications = buildMedications();

/** Compiled once at module load. */
export const findingTrie = findings.trie;
export const findingConcepts: ReadonlyMap<string, FindingConcept> = findings.byId;
export const medicationTrie = medications.trie;
export const knownGenerics: ReadonlySet<string> = medications.generics;
export const bodySiteTrie = buildBodySites();
export const laterality: Readonly<Record<string, 'left' | 'right' | 'bilateral'>> = lateralityWords;
