import { TokenKind, type Token } from './text-tokens';

export interface TokenSpan {
  start: number;
  end: number;
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Matches the keys against the sentence's words, punctuation skipped ("H. pylori" for "H pylori"). */
function findSequence(tokens: readonly Token[], keys: readonly string[], same: (a: string, b: string) => boolean): TokenSpan | null {
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== TokenKind.Punct && t.kind !== TokenKind.Break) words.push(i);
  });
  outer: for (let i = 0; i + keys.length <= words.length; i++) {
    for (let k = 0; k < keys.length; k++) if (!same(tokens[words[i + k]!]!.norm, keys[k]!)) continue outer;
    return { start: words[i]!, end: words[i + keys.length - 1]! + 1 };
  }
  return null;
}

/**
 * Where the target phrase sits in the sentence, as a token span: the exact tokens first, then
 * the same words with plural endings ignored ("pulmonary emboli" for "pulmonary embolus" is
 * not found, "effusions" for "effusion" is), then the longest run of the target's own words.
 */
export function locateTarget(tokens: readonly Token[], target: readonly Token[]): TokenSpan | null {
  const keys = target.filter((t) => t.kind !== TokenKind.Punct && t.kind !== TokenKind.Break).map((t) => t.norm);
  if (keys.length === 0) return null;
  const exact = findSequence(tokens, keys, (a, b) => a === b);
  if (exact) return exact;
  const stemmed = findSequence(tokens, keys, (a, b) => stem(a) === stem(b));
  if (stemmed) return stemmed;
  const wanted = new Set(keys.map(stem));
  let best: TokenSpan | null = null;
  let runStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const hit = i < tokens.length && wanted.has(stem(tokens[i]!.norm));
    if (hit && runStart < 0) runStart = i;
    if (!hit && runStart >= 0) {
      if (!best || i - runStart > best.end - best.start) best = { start: runStart, end: i };
      runStart = -1;
    }
  }
  return best;
}
