import { describe, expect, it } from 'vitest';
import { auditCookie, auditStorageKey, type ObservedCookie } from './cookie-audit';

const nowMs = Date.parse('2026-06-01T12:00:00Z');
const inSeconds = (seconds: number) => nowMs / 1000 + seconds;
const cookie = (overrides: Partial<ObservedCookie>): ObservedCookie => ({
  name: 'authjs.csrf-token',
  path: '/',
  expires: -1,
  httpOnly: true,
  secure: false,
  sameSite: 'Lax',
  ...overrides,
});
const http = { https: false, nowMs };

describe('cookie audit', () => {
  it('passes cookies that match their entry', () => {
    expect(auditCookie(cookie({}), http)).toEqual([]);
    expect(auditCookie(cookie({ name: 'authjs.session-token', expires: inSeconds(8 * 3600) }), http)).toEqual([]);
    expect(auditCookie(cookie({ name: 'authjs.session-token.1', expires: inSeconds(3600) }), http), 'an 8-hour cap, not a constant').toEqual([]);
    expect(auditCookie(cookie({ name: 'clinixai-cookie-consent', expires: inSeconds(365 * 86400) }), http)).toEqual([]);
    expect(auditCookie(cookie({ name: '__Host-authjs.csrf-token', secure: true }), { https: true, nowMs })).toEqual([]);
  });

  it('fails unknown cookies', () => {
    expect(auditCookie(cookie({ name: '_ga' }), http)).toEqual(['_ga: not in the cookie registry']);
  });

  it('fails wrong attributes', () => {
    expect(auditCookie(cookie({ httpOnly: false }), http)).toEqual(['authjs.csrf-token: HttpOnly is false, registered true']);
    expect(auditCookie(cookie({ sameSite: 'None', secure: true }), http)).toHaveLength(2);
    expect(auditCookie(cookie({ name: 'clinixai-cookie-consent', expires: inSeconds(365 * 86400) }), { https: true, nowMs })).toEqual([
      'clinixai-cookie-consent: Secure is false, registered true',
    ]);
  });

  it('fails wrong lifetimes', () => {
    expect(auditCookie(cookie({ expires: inSeconds(60) }), http)[0]).toMatch(/should be a session cookie/);
    expect(auditCookie(cookie({ name: 'authjs.session-token', expires: inSeconds(9 * 3600) }), http)[0]).toMatch(/longer than/);
    expect(auditCookie(cookie({ name: 'clinixai-cookie-consent', expires: inSeconds(30 * 86400) }), http)[0]).toMatch(/instead of/);
    expect(auditCookie(cookie({ name: 'authjs.state', expires: -1 }), http)[0]).toMatch(/is a session cookie/);
  });

  it('fails storage keys the registry does not list', () => {
    expect(auditStorageKey('localStorage', 'anything')).toEqual(['localStorage key anything: not in the cookie registry']);
  });
});
