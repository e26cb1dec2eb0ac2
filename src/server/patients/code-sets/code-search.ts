import type { CodeSystem, Icd10Code, LoincCode } from './code-sets';
import { icd10cmCodes, loincCodes } from './code-sets';

export interface CodeMatch {
  code: string;
  display: string;
  unit?: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);

/**
 * Rank of an entry for the typed text, lower is better, null for no match: the code itself (exact, then prefix), then
 * every typed word starting a word of the display, then every typed word found anywhere in it.
 */
export function rankOf(entry: { code: string; display: string }, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (q === '') return 3;
  const code = entry.code.toLowerCase();
  if (code === q) return 0;
  if (code.startsWith(q) || code.replace('.', '').startsWith(q.replace('.', ''))) return 1;
  const typed = words(q);
  if (typed.length === 0) return null;
  const displayWords = words(entry.display);
  if (typed.every((t) => displayWords.some((w) => w.startsWith(t)))) return 2;
  const display = displayWords.join(' ');
  if (typed.every((t) => display.includes(t))) return 3;
  return null;
}

/** Typeahead over a bundled code set, in memory (a few hundred entries): best matches first, then shorter displays. */
export function searchCodes(system: CodeSystem, query: string, limit = 20): CodeMatch[] {
  const entries: readonly (Icd10Code | LoincCode)[] = system === 'icd10cm' ? icd10cmCodes : loincCodes;
  return entries
    .map((entry) => ({ entry, rank: rankOf(entry, query) }))
    .filter((m): m is { entry: Icd10Code | LoincCode; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.entry.display.length - b.entry.display.length || a.entry.code.localeCompare(b.entry.code))
    .slice(0, limit)
    .map(({ entry }) => ('unit' in entry ? { code: entry.code, display: entry.display, unit: entry.unit } : { code: entry.code, display: entry.display }));
}
