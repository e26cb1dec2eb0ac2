import { describe, expect, it } from 'vitest';
import type { ParsedConsent } from './consent-cookie';
import { canSetCookie, categoriesToRecord, consentActionFor, consentMethodFor, effectiveCategories, gpcFromHeader, NECESSARY_ONLY } from './consent.policy';
import type { ConsentCategories, ConsentRecord } from './consent.schemas';

const record = (categories: ConsentCategories): ConsentRecord => ({
  schema: 1,
  policyVersion: 'abcdefabcdef',
  consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f',
  givenAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-01T10:00:00.000Z',
  categories,
  method: 'banner',
});
const all: ConsentCategories = { necessary: true, functional: true, analytics: true };
const functionalOnly: ConsentCategories = { necessary: true, functional: true, analytics: false };
const current = (categories: ConsentCategories): ParsedConsent => ({ status: 'current', record: record(categories) });

describe('consent policy', () => {
  it('allows necessary cookies always and optional ones only with their switch on', () => {
    expect(canSetCookie({ category: 'necessary' }, NECESSARY_ONLY)).toBe(true);
    expect(canSetCookie({ category: 'functional' }, NECESSARY_ONLY)).toBe(false);
    expect(canSetCookie({ category: 'functional' }, functionalOnly)).toBe(true);
    expect(canSetCookie({ category: 'analytics' }, functionalOnly)).toBe(false);
  });

  it('applies only a current record; outdated, invalid and missing mean necessary only', () => {
    expect(effectiveCategories(current(functionalOnly), false)).toEqual(functionalOnly);
    expect(effectiveCategories({ status: 'outdated', record: record(all) }, false)).toEqual(NECESSARY_ONLY);
    expect(effectiveCategories({ status: 'invalid', reason: 'tampered' }, false)).toEqual(NECESSARY_ONLY);
    expect(effectiveCategories({ status: 'missing' }, false)).toEqual(NECESSARY_ONLY);
  });

  it('turns analytics off under GPC, whatever was recorded', () => {
    expect(effectiveCategories(current(all), true)).toEqual(functionalOnly);
  });

  it('records no analytics while none is in use, and never under GPC', () => {
    expect(categoriesToRecord({ functional: true, analytics: true }, false)).toEqual(functionalOnly);
    expect(categoriesToRecord({ functional: false, analytics: true }, true)).toEqual(NECESSARY_ONLY);
  });

  it('names the action: given first, withdrawn when only switching off, changed otherwise', () => {
    expect(consentActionFor({ status: 'missing' }, functionalOnly)).toBe('given');
    expect(consentActionFor({ status: 'invalid', reason: 'tampered' }, NECESSARY_ONLY)).toBe('given');
    expect(consentActionFor({ status: 'outdated', record: record(functionalOnly) }, NECESSARY_ONLY)).toBe('given');
    expect(consentActionFor(current(functionalOnly), NECESSARY_ONLY)).toBe('withdrawn');
    expect(consentActionFor(current(NECESSARY_ONLY), functionalOnly)).toBe('changed');
    expect(consentActionFor(current(functionalOnly), functionalOnly)).toBe('changed');
    expect(consentActionFor(current({ necessary: true, functional: false, analytics: true }), functionalOnly)).toBe('changed');
  });

  it('records the method gpc when the signal took part in the choice', () => {
    expect(consentMethodFor('banner', false)).toBe('banner');
    expect(consentMethodFor('settings', true)).toBe('gpc');
  });

  it('reads Sec-GPC exactly as the specification defines it', () => {
    expect(gpcFromHeader('1')).toBe(true);
    expect(gpcFromHeader(' 1 ')).toBe(true);
    for (const value of ['0', 'true', '', null, undefined]) expect(gpcFromHeader(value)).toBe(false);
  });
});
