import { TokenKind, type Token } from './text-tokens';

export interface SentenceRange {
  /** Token indices [from, to). */
  from: number;
  to: number;
}

const ENDERS = new Set(['.', '!', '?']);
/** A full stop after these is an abbreviation, not the end of a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'approx', 'e.g', 'i.e', 'etc', 'pt', 'fig', 'hx', 'dx', 'sx', 'tx', 'prof']);

/**
 * Sentence ranges over the tokens: a ".", "!" or "?" (not after an abbreviation or a single
 * letter) or a blank line ends one. Semicolons stay inside: the assertion engine treats them.
 */
export function splitSentences(tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isEnd =
      t.kind === TokenKind.Break ||
      (t.kind === TokenKind.Punct && ENDERS.has(t.norm) && !isAbbreviation(tokens[i - 1], t, tokens[i + 1]));
    if (isEnd) {
      // A blank line right after a full stop closes nothing new.
      if (!(t.kind === TokenKind.Break && i === from)) out.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

function isAbbreviation(prev: Token | undefined, dot: Token, next: Token | undefined): boolean {
  if (dot.norm !== '.' || !prev || prev.end !== dot.start) return false;
  if (next && next.kind === TokenKind.Punct) return false;
  return ABBREVIATIONS.has(prev.norm) || (prev.kind === TokenKind.Word && prev.norm.length === 1);
}
