import { describe, expect, it } from 'vitest';
import { findIcd10, findLoinc, icd10cmCodes, loincCodes } from './code-sets';
import { searchCodes } from './code-search';

describe('bundled code sets', () => {
  it('holds a few hundred ICD-10-CM codes and about a hundred LOINC codes, each unique and well formed', () => {
    expect(icd10cmCodes.length).toBeGreaterThanOrEqual(250);
    expect(loincCodes.length).toBeGreaterThanOrEqual(90);
    expect(new Set(icd10cmCodes.map((c) => c.code)).size).toBe(icd10cmCodes.length);
    for (const c of icd10cmCodes) expect(c.code).toMatch(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);
    for (const c of loincCodes) {
      expect(c.code).toMatch(/^\d{1,7}-\d$/);
      expect(c.min).toBeLessThan(c.max);
      expect(c.unit).not.toBe('');
    }
  });

  it('covers every code the demo seed uses', () => {
    for (const code of ['E11.9', 'I10', 'E78.5', 'J45.909', 'F32.A', 'S93.401A', 'Z91.010']) expect(findIcd10(code)?.code).toBe(code);
    for (const code of ['8480-6', '8462-4', '8867-4', '4548-4', '62292-8']) expect(findLoinc(code)?.code).toBe(code);
    expect(findIcd10('e11.9')?.code).toBe('E11.9');
    expect(findIcd10('NOPE')).toBeUndefined();
  });
});

describe('searchCodes', () => {
  it('finds by code, exact first, then by code prefix', () => {
    expect(searchCodes('icd10cm', 'I10')[0]?.code).toBe('I10');
    expect(searchCodes('icd10cm', 'e11').every((m) => m.code.startsWith('E11'))).toBe(true);
    expect(searchCodes('loinc', '8867-4')[0]?.display).toBe('Heart rate');
  });

  it('finds by words of the display in any order and by their starts', () => {
    expect(searchCodes('icd10cm', 'diab type 2').map((m) => m.code)).toContain('E11.9');
    expect(searchCodes('icd10cm', 'hypertens')[0]?.code).toBe('I10');
    expect(searchCodes('loinc', 'heart')[0]).toEqual({ code: '8867-4', display: 'Heart rate', unit: '/min' });
    expect(searchCodes('loinc', 'a1c').map((m) => m.code)).toContain('4548-4');
  });

  it('answers nothing for nonsense and at most the limit', () => {
    expect(searchCodes('icd10cm', 'zzzzqq')).toEqual([]);
    expect(searchCodes('icd10cm', '<img src=x>\'; --')).toEqual([]);
    expect(searchCodes('icd10cm', 'e', 5)).toHaveLength(5);
  });
});
