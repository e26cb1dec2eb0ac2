import { bodySiteTrie, findingTrie, laterality, medicationTrie, type FindingConcept } from './lexicon-index';
import { TokenKind, type Token } from './text-tokens';

export interface TokenMention<V> {
  from: number;
  to: number;
  value: V;
}

export interface BodySite {
  text: string;
  site: string;
  laterality?: 'left' | 'right' | 'bilateral';
}

/** Longest-match, non-overlapping mentions of a lexicon in tokens[from, to). */
export function scan<V>(trie: { longestAt(tokens: readonly Token[], i: number, limit?: number): { end: number; value: V } | null }, tokens: readonly Token[], from: number, to: number): TokenMention<V>[] {
  const out: TokenMention<V>[] = [];
  let i = from;
  while (i < to) {
    const m = trie.longestAt(tokens, i, to);
    if (m) {
      out.push({ from: i, to: m.end, value: m.value });
      i = m.end;
    } else {
      i++;
    }
  }
  return out;
}

export const scanFindings = (tokens: readonly Token[], from: number, to: number) => scan<FindingConcept>(findingTrie, tokens, from, to);
export const scanMedications = (tokens: readonly Token[], from: number, to: number) => scan(medicationTrie, tokens, from, to);

const PREPOSITIONS = new Set(['in', 'on', 'of', 'over', 'around', 'at', 'to', 'behind', 'under', 'across', 'near']);
const DETERMINERS = new Set(['my', 'his', 'her', 'their', 'the', 'a', 'both', 'your']);

function lateralityBefore(tokens: readonly Token[], index: number, floor: number): BodySite['laterality'] {
  for (let k = index - 1; k >= Math.max(floor, index - 3); k--) {
    const side = laterality[tokens[k]!.norm];
    if (side) return side;
    if (!DETERMINERS.has(tokens[k]!.norm)) return undefined;
  }
  return undefined;
}

/**
 * The body site of a finding: inside its own words ("left knee pain"), or right after it behind
 * a preposition ("pain in my right arm", "rash on both forearms"). Laterality comes from the
 * words just before the site.
 */
export function bodySiteOf(text: string, tokens: readonly Token[], finding: { from: number; to: number }, sentenceFrom: number, sentenceTo: number): BodySite | undefined {
  const inside = scan(bodySiteTrie, tokens, finding.from, finding.to)[0];
  let hit = inside;
  let lateralityFloor = Math.max(sentenceFrom, finding.from - 3);
  if (!hit) {
    let k = finding.to;
    if (k < sentenceTo && PREPOSITIONS.has(tokens[k]!.norm)) {
      k++;
      while (k < sentenceTo && (DETERMINERS.has(tokens[k]!.norm) || laterality[tokens[k]!.norm])) k++;
      const m = bodySiteTrie.longestAt(tokens, k, sentenceTo);
      if (m) hit = { from: k, to: m.end, value: m.value };
      lateralityFloor = finding.to;
    }
  }
  if (!hit) return undefined;
  const first = hit === inside ? Math.min(hit.from, finding.from) : hit.from;
  const side = lateralityBefore(tokens, first, lateralityFloor) ?? lateralityBefore(tokens, hit.from, lateralityFloor);
  const site: BodySite = { text: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), site: hit.value.site };
  if (side) site.laterality = side;
  return site;
}

/** Word tokens that could be a drug name nobody listed: letters only, not a common word before a dose. */
const NOT_DRUGS = new Set([
  'take', 'took', 'taking', 'takes', 'dose', 'daily', 'about', 'with', 'tablet', 'tablets', 'capsule', 'capsules', 'given',
  'gave', 'give', 'dosed', 'then', 'from', 'increased', 'decreased', 'reduced', 'started', 'start', 'stop', 'stopped',
  'total', 'every', 'morning', 'night', 'extra', 'another', 'additional', 'only', 'used', 'uses', 'using', 'once',
  'twice', 'weight', 'lost', 'gained', 'gain', 'loss', 'over', 'than', 'more', 'less', 'least', 'each', 'some', 'plus',
  'also', 'like', 'around', 'approximately', 'approx', 'nearly', 'almost', 'weighs', 'weighed', 'receiving', 'received',
  'prescribed', 'prescribe', 'continue', 'continued', 'restart', 'restarted', 'held', 'hold', 'increase', 'decrease',
]);

export function couldBeDrugName(token: Token | undefined): boolean {
  if (!token || token.kind !== TokenKind.Word || token.norm.length < 4 || NOT_DRUGS.has(token.norm)) return false;
  return /^[a-z][a-z-]*$/.test(token.norm);
}
