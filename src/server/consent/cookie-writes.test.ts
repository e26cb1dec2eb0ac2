import { describe, expect, it } from 'vitest';
import { cookieEntryNamed } from './cookie-registry';
import { NECESSARY_ONLY } from './consent.policy';
import { cookieDeletion, cookieWrite } from './cookie-writes';

const consent = cookieEntryNamed('clinixai-cookie-consent');
const ui = cookieEntryNamed('clinixai-ui');
const functional = { ...NECESSARY_ONLY, functional: true };

describe('cookie writes', () => {
  it('take every attribute from the registry, Secure only over HTTPS', () => {
    expect(cookieWrite(consent, 'v', { https: false, categories: NECESSARY_ONLY })).toEqual({
      name: 'clinixai-cookie-consent',
      value: 'v',
      httpOnly: true,
      secure: false,
      sameSite: 'lax',
      path: '/',
      maxAge: 365 * 86400,
    });
    expect(cookieWrite(consent, 'v', { https: true, categories: NECESSARY_ONLY }).secure).toBe(true);
  });

  it('refuse an optional cookie without its consent', () => {
    expect(() => cookieWrite(ui, 'v', { https: false, categories: NECESSARY_ONLY })).toThrow(/No consent/);
    expect(cookieWrite(ui, 'v', { https: false, categories: functional }).name).toBe('clinixai-ui');
  });

  it('never live longer than registered, and may be asked to live shorter', () => {
    expect(cookieWrite(ui, 'v', { https: false, categories: functional, maxAgeSeconds: 10 * 365 * 86400 }).maxAge).toBe(365 * 86400);
    expect(cookieWrite(ui, 'v', { https: false, categories: functional, maxAgeSeconds: 3600 }).maxAge).toBe(3600);
  });

  it('delete without consent, with the same name and path', () => {
    expect(cookieDeletion(ui, true)).toMatchObject({ name: 'clinixai-ui', value: '', maxAge: 0, path: '/', secure: true });
  });

  it('are only for cookies the server writes by name', () => {
    expect(() => cookieWrite(cookieEntryNamed('clinixai-cookie-check'), 'v', { https: false, categories: NECESSARY_ONLY })).toThrow(/not a cookie this server writes/);
  });
});
