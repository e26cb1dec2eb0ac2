import { expect, test } from '../support/fixtures';
import { credentialsSignIn, demoPassword } from '../support/credentials';
import { cookieNamed } from '../support/set-cookie';
import { freeLoopbackPort, startExtraServer, type RunningServer } from '../support/serve-process';

/**
 * Over HTTPS the Cookie Policy's production names apply: __Secure-authjs.session-token,
 * __Host-authjs.csrf-token and __Secure-authjs.callback-url, each Secure, HttpOnly, SameSite=Lax,
 * Path=/. Two ways to be on HTTPS: AUTH_URL says so, or a trusted proxy forwards X-Forwarded-Proto.
 * A client that sends X-Forwarded-Proto without a trusted proxy must not change anything.
 */
test.describe.configure({ mode: 'serial' });

const expectSecureCookies = async (origin: string, headers: Record<string, string>) => {
  const { csrf, signIn } = await credentialsSignIn(origin, { email: 'dr.lee@riverside.example', password: demoPassword() }, headers);
  const csrfCookie = cookieNamed(csrf, '__Host-authjs.csrf-token');
  const callback = cookieNamed(csrf, '__Secure-authjs.callback-url') ?? cookieNamed(signIn, '__Secure-authjs.callback-url');
  const session = cookieNamed(signIn, '__Secure-authjs.session-token');
  for (const [name, cookie] of Object.entries({ csrf: csrfCookie, callback, session })) {
    expect(cookie, `${name} cookie with its secure name`).toBeDefined();
    expect(cookie!.attributes.secure, `${name} is Secure`).toBe(true);
    expect(cookie!.attributes.httponly, `${name} is HttpOnly`).toBe(true);
    expect(String(cookie!.attributes.samesite).toLowerCase()).toBe('lax');
    expect(cookie!.attributes.path).toBe('/');
  }
  // __Host- cookies must not name a domain.
  expect(csrfCookie!.attributes.domain).toBeUndefined();
  expect(cookieNamed(signIn, 'authjs.session-token')).toBeUndefined();
};

test.describe('HTTPS through AUTH_URL', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    // AUTH_URL must name the instance's own port, so the port is chosen first.
    const port = String(freeLoopbackPort());
    server = await startExtraServer({ PORT: port, AUTH_URL: `https://localhost:${port}` });
  });
  test.afterAll(async () => server?.stop());

  test('sign-in sets the secure-prefixed cookies', async () => {
    const port = new URL(server.origin).port;
    // The app is plain HTTP here; AUTH_URL tells it the public address is HTTPS (a TLS proxy in front).
    await expectSecureCookies(`http://localhost:${port}`, { origin: `https://localhost:${port}` });
  });
});

test.describe('HTTPS behind a trusted proxy', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startExtraServer({ AUTH_TRUST_HOST: 'true' });
  });
  test.afterAll(async () => server?.stop());

  test('X-Forwarded-Proto: https gives the secure-prefixed cookies', async () => {
    await expectSecureCookies(server.origin, { 'x-forwarded-proto': 'https', origin: server.origin.replace('http:', 'https:') });
  });
});

test('without a trusted proxy a forged X-Forwarded-Proto changes nothing', async ({ baseURL }) => {
  const { csrf } = await credentialsSignIn(baseURL!, { email: 'dr.lee@riverside.example', password: demoPassword() }, { 'x-forwarded-proto': 'https' });
  expect(cookieNamed(csrf, 'authjs.csrf-token')?.attributes.secure).toBeUndefined();
  expect(cookieNamed(csrf, '__Host-authjs.csrf-token')).toBeUndefined();
});
