import { request as playwrightRequest, type APIResponse } from '@playwright/test';
import { cookieHeader, setCookiesOf, type SetCookie } from './set-cookie';

/**
 * Signs in through Auth.js's standard endpoints with explicit cookie handling, so a test can
 * read every Set-Cookie header and replay (or copy) cookies exactly as a browser would.
 */
export async function credentialsSignIn(
  origin: string,
  form: { email: string; password: string; callbackUrl?: string },
  extraHeaders: Record<string, string> = {},
): Promise<{ csrf: APIResponse; signIn: APIResponse; cookies: SetCookie[] }> {
  // A fresh context per sign-in: its automatic cookie jar must not mix with the cookies sent by hand.
  const request = await playwrightRequest.newContext();
  const csrf = await request.get(`${origin}/api/auth/csrf`, { headers: extraHeaders });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = setCookiesOf(csrf);
  const signIn = await request.post(`${origin}/api/auth/callback/credentials`, {
    form: { ...form, csrfToken, callbackUrl: form.callbackUrl ?? '/dashboard' },
    headers: { ...extraHeaders, origin, cookie: cookieHeader(csrfCookies) },
    maxRedirects: 0,
  });
  await request.dispose();
  return { csrf, signIn, cookies: [...csrfCookies, ...setCookiesOf(signIn)] };
}

export const demoPassword = () => {
  const password = process.env.CLINIXAI_E2E_DEMO_PASSWORD;
  if (!password) throw new Error('CLINIXAI_E2E_DEMO_PASSWORD is set by playwright.config.ts');
  return password;
};
