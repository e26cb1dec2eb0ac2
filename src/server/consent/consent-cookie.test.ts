import { describe, expect, it } from 'vitest';
import { parseConsentCookie, serializeConsent } from './consent-cookie';
import type { ConsentRecord } from './consent.schemas';
import { POLICY_VERSION } from './policy-version';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const now = new Date('2026-06-01T12:00:00.000Z');
const record: ConsentRecord = {
  schema: 1,
  policyVersion: POLICY_VERSION,
  consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f',
  givenAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-20T10:00:00.000Z',
  categories: { necessary: true, functional: true, analytics: false },
  method: 'banner',
};

/** A value signed with the right key, over any payload: what only the server can produce. */
const signed = (payload: unknown) => serializeConsent(payload as ConsentRecord, secret);

describe('consent cookie', () => {
  it('reads back what it wrote, under the current policy version', () => {
    expect(parseConsentCookie(signed(record), secret, now)).toEqual({ status: 'current', record });
  });

  it('counts a missing or empty cookie as no consent', () => {
    expect(parseConsentCookie(undefined, secret, now)).toEqual({ status: 'missing' });
    expect(parseConsentCookie('', secret, now)).toEqual({ status: 'missing' });
  });

  it('detects an edited payload, a forged signature and another key', () => {
    const [payload, signature] = signed(record).split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify({ ...record, categories: { ...record.categories, analytics: true } })).toString('base64url');
    expect(parseConsentCookie(`${edited}.${signature}`, secret, now)).toEqual({ status: 'invalid', reason: 'tampered' });
    expect(parseConsentCookie(`${payload}.${signature.slice(0, -2)}AA`, secret, now)).toEqual({ status: 'invalid', reason: 'tampered' });
    expect(parseConsentCookie(signed(record), `${secret}-other`, now)).toEqual({ status: 'invalid', reason: 'tampered' });
  });

  it('refuses values that are not two base64url parts', () => {
    for (const value of ['garbage', 'a.b.c', '{"schema":1}', `${signed(record)}.x`, 'ab$.cd']) {
      expect(parseConsentCookie(value, secret, now)).toEqual({ status: 'invalid', reason: 'malformed' });
    }
  });

  it('counts signed but corrupt or unknown-schema content as no consent', () => {
    const notJson = `${Buffer.from('not json').toString('base64url')}`;
    expect(parseConsentCookie(`${notJson}.${signed(record).split('.')[1]}`, secret, now).status).toBe('invalid');
    expect(parseConsentCookie(signed({ ...record, schema: 2 }), secret, now)).toEqual({ status: 'invalid', reason: 'unknown-schema' });
    expect(parseConsentCookie(signed({ ...record, categories: { ...record.categories, necessary: false } }), secret, now)).toEqual({ status: 'invalid', reason: 'corrupt' });
    expect(parseConsentCookie(signed({ ...record, extra: 'field' }), secret, now)).toEqual({ status: 'invalid', reason: 'corrupt' });
    expect(parseConsentCookie(signed({ ...record, method: 'implied' }), secret, now)).toEqual({ status: 'invalid', reason: 'corrupt' });
    expect(parseConsentCookie(signed(null), secret, now)).toEqual({ status: 'invalid', reason: 'corrupt' });
  });

  it('marks a record made under an older policy version as outdated', () => {
    const old = { ...record, policyVersion: '000000000000' };
    expect(parseConsentCookie(signed(old), secret, now)).toEqual({ status: 'outdated', record: old });
  });

  it('refuses records older than 365 days or from the future', () => {
    const later = new Date(Date.parse(record.updatedAt) + 366 * 24 * 3600 * 1000);
    expect(parseConsentCookie(signed(record), secret, later)).toEqual({ status: 'invalid', reason: 'expired' });
    const earlier = new Date(Date.parse(record.updatedAt) - 60 * 60 * 1000);
    expect(parseConsentCookie(signed(record), secret, earlier)).toEqual({ status: 'invalid', reason: 'corrupt' });
  });
});
