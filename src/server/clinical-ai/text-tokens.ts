/**
 * The engine's one tokenizer. Lexicon phrases, trigger phrases and the text being analysed all
 * go through it, so a phrase matches exactly when its tokens do. Tokens keep their offsets in
 * the original text (findings are reported by character span); `norm` is lower-cased, without
 * diacritics and without a possessive "'s", which is what the tries are keyed on.
 */
export const TokenKind = {
  Word: 0,
  Number: 1,
  Punct: 2,
  /** A sentence boundary the tokenizer saw in the layout (a blank line). */
  Break: 3,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018]);
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters, digits and anything outside ASCII that is not a space (accented letters, CJK, emoji). */
function isWordChar(c: number): boolean {
  if (c < 128) return isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !isSpace(c);
}

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

function normalizeWord(raw: string): string {
  let s = raw.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      s = s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[\u2018\u2019]/g, "'");
      break;
    }
  }
  if (s.length > 2 && s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.length > 1 && s.endsWith("'")) s = s.slice(0, -1);
  return s;
}

/** A "." is kept inside a number (38.4) and is punctuation everywhere else. */
function wordEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      i++;
    } else if (APOSTROPHES.has(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 1))) {
      i++;
    } else if (c === 46 && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      i++;
    } else {
      break;
    }
  }
  return i;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++newlines > 1) return true;
  return false;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      const from = i;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (tokens.length > 0 && i - from > 1 && hasBlankLine(text, from, i)) tokens.push({ norm: '\n', start: from, end: i, kind: TokenKind.Break });
      continue;
    }
    if (isWordChar(c)) {
      const end = wordEnd(text, i);
      const raw = text.slice(i, end);
      const norm = normalizeWord(raw);
      tokens.push({ norm, start: i, end, kind: isNumber(norm) ? TokenKind.Number : TokenKind.Word });
      i = end;
      continue;
    }
    if (isDash(c)) {
      // A hyphen joins words ("short-of-breath", "non-tender") and is no token; a dash standing
      // free ("Murmurs - none", "(-) fever", "fever: -") is one: it marks a field or a sign.
      const from = i;
      while (i < n && isDash(text.charCodeAt(i))) i++;
      if (!(from > 0 && isWordChar(text.charCodeAt(from - 1)) && i < n && isWordChar(text.charCodeAt(i)))) {
        tokens.push({ norm: '-', start: from, end: i, kind: TokenKind.Punct });
      }
      continue;
    }
    // Quotes wrap words: not tokens.
    if (c !== 34 && !APOSTROPHES.has(c)) {
      tokens.push({ norm: text[i] ?? '', start: i, end: i + 1, kind: TokenKind.Punct });
    }
    i++;
  }
  return tokens;
}

function isNumber(s: string): boolean {
  if (s.length === 0 || !isDigit(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== 46) return false;
  }
  return true;
}

/** The normalized tokens of a lexicon or trigger phrase; `#num` and `#year` stay wildcards. */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '#num' || part === '#year') keys.push(part);
    else for (const t of tokenize(part)) keys.push(t.norm);
  }
  return keys;
}
