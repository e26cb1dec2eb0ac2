import { describe, expect, it } from 'vitest';
import { findingConcepts, knownGenerics } from './lexicon-index';
import { scanFindings, scanMedications } from './extract-mentions';
import { tokenize } from './text-tokens';

const findingIds = (text: string) => {
  const tokens = tokenize(text);
  return scanFindings(tokens, 0, tokens.length).map((m) => m.value.id);
};
const generics = (text: string) => {
  const tokens = tokenize(text);
  return scanMedications(tokens, 0, tokens.length).map((m) => m.value.generic);
};

describe('lexicon', () => {
  it('holds several hundred primary-care concepts with well-formed ICD-10-CM codes', () => {
    expect(findingConcepts.size).toBeGreaterThanOrEqual(300);
    for (const c of findingConcepts.values()) expect(c.code, c.preferredTerm).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
    expect(knownGenerics.size).toBeGreaterThanOrEqual(200);
  });

  it('matches lay synonyms, plurals, case and diacritics', () => {
    expect(findingIds('tummy ache')).toEqual(['abdominal_pain']);
    expect(findingIds('Throwing Up')).toEqual(['vomiting']);
    expect(findingIds('NOSEBLEEDS')).toEqual(['epistaxis']);
    expect(findingIds('diarrhoea and haematuria')).toEqual(['diarrhea', 'hematuria']);
    expect(findingIds('Naïve fièvre')).toEqual([]);
  });

  it('maps US and UK brand names to the US generic', () => {
    expect(generics('Tylenol, paracetamol, Nurofen, Ventolin, salbutamol, Zoloft, co-amoxiclav, EpiPen, Lasix')).toEqual([
      'acetaminophen', 'acetaminophen', 'ibuprofen', 'albuterol', 'albuterol', 'sertraline', 'amoxicillin and clavulanate', 'epinephrine', 'furosemide',
    ]);
  });
});
