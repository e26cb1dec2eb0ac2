// Signs in through Auth.js's standard endpoints and returns the session cookie, so the benchmark
// can load an authenticated route the way a signed-in browser calls it.

/** @param {Response} response */
const setCookies = (response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);

/**
 * @param {string} base e.g. http://127.0.0.1:3000
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string | undefined>} a Cookie header value, or undefined when sign-in failed
 */
export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie: setCookies(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/dashboard' }),
  });
  const session = setCookies(response).find((c) => c.startsWith('authjs.session-token=') && c.length > 'authjs.session-token='.length);
  return session;
}
