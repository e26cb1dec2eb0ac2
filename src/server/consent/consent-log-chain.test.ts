import { describe, expect, it } from 'vitest';
import { chainVerifier, consentLogHash, GENESIS_HASH, type ConsentLogContent, type ConsentLogRow } from './consent-log-chain';

const content = (minute: number): ConsentLogContent => ({
  consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f',
  userId: null,
  at: new Date(Date.UTC(2026, 5, 1, 12, minute)),
  action: minute === 0 ? 'given' : 'changed',
  categoriesBefore: minute === 0 ? null : { necessary: true, functional: false, analytics: false },
  categoriesAfter: { necessary: true, functional: minute % 2 === 0, analytics: false },
  policyVersion: 'abcdefabcdef',
  surface: 'banner',
  gpc: false,
  locale: 'en-GB',
});

function chain(length: number): ConsentLogRow[] {
  const rows: ConsentLogRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < length; i += 1) {
    const hash = consentLogHash(content(i), prevHash);
    rows.push({ ...content(i), seq: i + 1, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

const verify = (rows: ConsentLogRow[]) => {
  const verifier = chainVerifier();
  for (const row of rows) if (!verifier.check(row)) break;
  return verifier.result();
};

describe('consent log hash chain', () => {
  it('verifies an intact chain and reports its head', () => {
    const rows = chain(4);
    expect(verify(rows)).toEqual({ ok: true, rows: 4, headHash: rows[3]!.hash });
    expect(verify([])).toEqual({ ok: true, rows: 0, headHash: GENESIS_HASH });
  });

  it('finds an edited row', () => {
    const rows = chain(4);
    rows[2] = { ...rows[2]!, categoriesAfter: { necessary: true, functional: true, analytics: true } };
    expect(verify(rows)).toEqual({ ok: false, rowsBefore: 2, seq: 3, reason: 'hash-mismatch' });
  });

  it('finds a removed row and a re-hashed edit', () => {
    const rows = chain(4);
    expect(verify([rows[0]!, rows[2]!, rows[3]!])).toMatchObject({ ok: false, seq: 3, reason: 'broken-link' });
    const forged = { ...rows[1]!, userId: '11111111-1111-4111-8111-111111111111' };
    forged.hash = consentLogHash(forged, forged.prevHash);
    expect(verify([rows[0]!, forged, rows[2]!, rows[3]!])).toMatchObject({ ok: false, seq: 3, reason: 'broken-link' });
  });

  it('covers every field', () => {
    const base = content(1);
    const variants: Partial<ConsentLogContent>[] = [
      { consentId: '00000000-0000-4000-8000-000000000000' },
      { userId: '11111111-1111-4111-8111-111111111111' },
      { at: new Date(base.at.getTime() + 1) },
      { action: 'withdrawn' },
      { categoriesBefore: null },
      { categoriesAfter: { necessary: true, functional: true, analytics: false } },
      { policyVersion: 'ffffffffffff' },
      { surface: 'settings' },
      { gpc: true },
      { locale: null },
    ];
    const hashes = new Set([consentLogHash(base, GENESIS_HASH), ...variants.map((v) => consentLogHash({ ...base, ...v }, GENESIS_HASH))]);
    expect(hashes.size).toBe(variants.length + 1);
    expect(consentLogHash(base, 'f'.repeat(64))).not.toBe(consentLogHash(base, GENESIS_HASH));
  });
});
