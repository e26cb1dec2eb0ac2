import { describe, expect, it } from 'vitest';
import { categoryInUse, cookieEntries, cookieEntriesFor, cookieEntryNamed, registry } from './cookie-registry';

// The strictly necessary table as published in the Cookie Policy (shared/seed/cookie-policy.txt), word for word.
const published = [
  ['authjs.session-token', 'Authentication session token (JWT). Keeps you logged in securely.', '8 hours'],
  ['__Secure-authjs.session-token', 'Secure version of session token (production only). HTTP-only, SameSite=Lax.', '8 hours'],
  ['authjs.csrf-token', 'CSRF protection token. Prevents cross-site request forgery attacks.', 'Session'],
  ['authjs.callback-url', 'Stores redirect URL after authentication.', 'Session'],
  ['clinixai-cookie-consent', 'Records your cookie consent preference.', '365 days'],
];

describe('cookie registry', () => {
  it('keeps the published rows of the strictly necessary table, in order and word for word', () => {
    const rows = cookieEntries
      .filter((entry) => entry.publishedOrder !== undefined)
      .sort((a, b) => (a.publishedOrder ?? 0) - (b.publishedOrder ?? 0))
      .map((entry) => [entry.name, entry.purpose, entry.duration]);
    expect(rows).toEqual(published);
    expect(cookieEntries.filter((entry) => entry.publishedOrder !== undefined).every((entry) => entry.category === 'necessary')).toBe(true);
  });

  it('lists each name once per transport and match', () => {
    const keys = registry.map((entry) => (entry.kind === 'cookie' ? `${entry.name}|${entry.transport}|${entry.match}` : `${entry.kind}|${entry.key}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches the names Auth.js uses over HTTP and HTTPS, session-token chunks included', () => {
    expect(cookieEntriesFor('authjs.session-token', false)).toHaveLength(1);
    expect(cookieEntriesFor('authjs.session-token.0', false)[0]?.match).toBe('chunked');
    expect(cookieEntriesFor('authjs.session-token.12', false)).toHaveLength(1);
    expect(cookieEntriesFor('authjs.session-token.x', false)).toHaveLength(0);
    expect(cookieEntriesFor('__Secure-authjs.session-token.1', true)).toHaveLength(1);
    expect(cookieEntriesFor('__Secure-authjs.session-token', false), 'secure names only over HTTPS').toHaveLength(0);
    expect(cookieEntriesFor('authjs.csrf-token', true), 'plain names only over HTTP').toHaveLength(0);
    expect(cookieEntriesFor('__Host-authjs.csrf-token', true)).toHaveLength(1);
    for (const name of ['authjs.pkce.code_verifier', 'authjs.state', 'authjs.nonce']) {
      expect(cookieEntriesFor(name, false)[0]?.lifetime).toEqual({ kind: 'max-age', seconds: 900, upTo: false });
      expect(cookieEntriesFor(`__Secure-${name}`, true)).toHaveLength(1);
    }
  });

  it('marks every Auth.js cookie HttpOnly and SameSite=Lax, Secure exactly on the __ names', () => {
    for (const entry of cookieEntries.filter((candidate) => candidate.provider === 'Auth.js')) {
      expect(entry.httpOnly && entry.sameSite === 'Lax' && entry.path === '/', entry.name).toBe(true);
      expect(entry.secure, entry.name).toBe(entry.name.startsWith('__') ? 'always' : 'never');
    }
  });

  it('keeps the consent cookie necessary for 365 days, and clinixai-ui functional', () => {
    expect(cookieEntryNamed('clinixai-cookie-consent')).toMatchObject({ category: 'necessary', setBy: 'server', lifetime: { seconds: 365 * 86400 } });
    expect(cookieEntryNamed('clinixai-ui')).toMatchObject({ category: 'functional', setBy: 'server' });
    expect(cookieEntryNamed('clinixai-cookie-check')).toMatchObject({ category: 'necessary', setBy: 'client', httpOnly: false });
    expect(() => cookieEntryNamed('tracking')).toThrow(/not in the cookie registry/);
  });

  it('has no analytics in use', () => {
    expect(categoryInUse('necessary') && categoryInUse('functional')).toBe(true);
    expect(categoryInUse('analytics')).toBe(false);
  });
});
