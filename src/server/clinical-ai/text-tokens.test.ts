import { describe, expect, it } from 'vitest';
import { phraseKeys, tokenize, TokenKind } from './text-tokens';
import { splitSentences } from './text-sentences';

describe('tokenize', () => {
  it('lower-cases, strips diacritics and possessives, and keeps offsets', () => {
    const text = "Patient's FIÈVRE can't";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['patient', 'fievre', "can't"]);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('FIÈVRE');
  });

  it('keeps decimals, splits slashes and hyphens, and marks blank lines', () => {
    expect(tokenize('T 38.4, s/p non-tender').map((t) => t.norm)).toEqual(['t', '38.4', ',', 's', '/', 'p', 'non', 'tender']);
    expect(tokenize('one\n\ntwo').map((t) => t.kind)).toEqual([TokenKind.Word, TokenKind.Break, TokenKind.Word]);
  });

  it('keeps wildcards in trigger phrases', () => {
    expect(phraseKeys('#num years ago')).toEqual(['#num', 'years', 'ago']);
  });
});

describe('splitSentences', () => {
  it('ends sentences at . ! ? and blank lines, not after abbreviations or inside numbers', () => {
    const tokens = tokenize('Seen by Dr. Lee today. Temp 38.4! Any cough?\n\nNo');
    expect(splitSentences(tokens)).toHaveLength(4);
  });
});
