import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { credentialsSignIn, demoPassword } from '../support/credentials';
import { cookieHeader, cookieNamed, setCookiesOf } from '../support/set-cookie';

/**
 * The Cookie Policy's promises about sign-in cookies, read from the real Set-Cookie headers
 * of the running platform over plain HTTP (development mode).
 */
const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;

const expectLaxHttpOnlyRoot = (attributes: Record<string, string | true>) => {
  expect(attributes.httponly).toBe(true);
  expect(String(attributes.samesite).toLowerCase()).toBe('lax');
  expect(attributes.path).toBe('/');
};

test('over HTTP the CSRF, callback-url and session cookies are HttpOnly, SameSite=Lax, Path=/ and not Secure', async ({ baseURL }) => {
  const before = Date.now();
  const { csrf, signIn } = await credentialsSignIn(baseURL!, { email: 'dr.okafor@riverside.example', password: demoPassword() });

  const csrfCookie = cookieNamed(csrf, 'authjs.csrf-token');
  expect(csrfCookie, 'authjs.csrf-token').toBeDefined();
  expectLaxHttpOnlyRoot(csrfCookie!.attributes);
  expect(csrfCookie!.attributes.secure).toBeUndefined();

  const callback = cookieNamed(csrf, 'authjs.callback-url') ?? cookieNamed(signIn, 'authjs.callback-url');
  expect(callback, 'authjs.callback-url').toBeDefined();
  expectLaxHttpOnlyRoot(callback!.attributes);

  const session = cookieNamed(signIn, 'authjs.session-token');
  expect(session, 'authjs.session-token').toBeDefined();
  expectLaxHttpOnlyRoot(session!.attributes);
  expect(session!.attributes.secure).toBeUndefined();
  const expires = Date.parse(String(session!.attributes.expires));
  expect(expires).toBeGreaterThanOrEqual(before + EIGHT_HOURS_MS - 5_000);
  expect(expires).toBeLessThanOrEqual(Date.now() + EIGHT_HOURS_MS + 5_000);
});

test('activity re-issues the session cookie but never moves its expiry past sign-in + 8 hours', async ({ baseURL }) => {
  const api = await playwrightRequest.newContext();
  const { signIn } = await credentialsSignIn(baseURL!, { email: 'dr.okafor@riverside.example', password: demoPassword() });
  const first = cookieNamed(signIn, 'authjs.session-token')!;
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const read = await api.get(`${baseURL}/api/auth/session`, { headers: { cookie: `authjs.session-token=${first.value}` } });
  expect(((await read.json()) as { user?: { email?: string } }).user?.email).toBe('dr.okafor@riverside.example');
  const reissued = cookieNamed(read, 'authjs.session-token');
  expect(reissued, 'the session read re-issues the cookie').toBeDefined();
  const drift = Math.abs(Date.parse(String(reissued!.attributes.expires)) - Date.parse(String(first.attributes.expires)));
  // Cookie dates have one-second resolution.
  expect(drift).toBeLessThanOrEqual(1_000);
  await api.dispose();
});

test('signing out revokes the session: a copied cookie stops working at once', async ({ baseURL }) => {
  const api = await playwrightRequest.newContext();
  const { cookies } = await credentialsSignIn(baseURL!, { email: 'dr.lee@riverside.example', password: demoPassword() });
  const copied = cookieHeader(cookies.filter((c) => c.name === 'authjs.session-token'));
  const me = await api.get(`${baseURL}/api/v1/me`, { headers: { cookie: copied } });
  expect(me.status()).toBe(200);

  const csrf = await api.get(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signOut = await api.post(`${baseURL}/api/auth/signout`, {
    form: { csrfToken },
    headers: { origin: baseURL!, cookie: `${copied}; ${cookieHeader(setCookiesOf(csrf))}` },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(302);
  expect(cookieNamed(signOut, 'authjs.session-token')?.value).toBe('');

  const fresh = await playwrightRequest.newContext();
  const replay = await fresh.get(`${baseURL}/api/v1/me`, { headers: { cookie: copied } });
  expect(replay.status()).toBe(401);
  expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  await Promise.all([api.dispose(), fresh.dispose()]);
});

test('a callbackUrl on another origin lands on the dashboard; a same-origin path is honoured', async ({ baseURL }) => {
  const evil = await credentialsSignIn(baseURL!, { email: 'patient@riverside.example', password: demoPassword(), callbackUrl: 'https://evil.example/steal' });
  expect(evil.signIn.headers().location).toBe(`${baseURL}/dashboard`);
  const own = await credentialsSignIn(baseURL!, { email: 'patient@riverside.example', password: demoPassword(), callbackUrl: '/patient?tab=visits' });
  expect(own.signIn.headers().location).toBe(`${baseURL}/patient?tab=visits`);
});

test('a wrong password and an unknown account get the same answer, and the 11th try is refused as rate_limited', async ({ baseURL }) => {
  const attempt = async (email: string) =>
    (await credentialsSignIn(baseURL!, { email, password: 'definitely-not-it' })).signIn.headers().location ?? '';
  const wrong = await attempt('admin@harbor.example');
  const unknown = await attempt('no-such-person@riverside.example');
  expect(wrong).toContain('error=CredentialsSignin');
  expect(wrong.replace(/callbackUrl=[^&]*/, '')).toBe(unknown.replace(/callbackUrl=[^&]*/, ''));

  // An address used only here, so the lock does not disturb other tests.
  for (let i = 0; i < 10; i += 1) expect(await attempt('throttle-probe@example.org')).not.toContain('rate_limited');
  expect(await attempt('throttle-probe@example.org')).toContain('code=rate_limited');
});

test('oversized bodies on the auth routes are refused with 413', async ({ baseURL }) => {
  const api = await playwrightRequest.newContext();
  const response = await api.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { email: 'x@example.org', password: 'x'.repeat(120 * 1024), csrfToken: 'x' },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  await api.dispose();
});
