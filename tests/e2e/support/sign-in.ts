import { expect, type Page } from '@playwright/test';

/**
 * Signs the page's browser context in as a demo account through Auth.js's standard credentials
 * endpoints (DESIGN.md §5), the same requests the sign-in form makes. The demo password was
 * generated for this run by playwright.config.ts.
 */
export async function signInAs(page: Page, baseURL: string, email: string): Promise<void> {
  const password = process.env.CLINIXAI_E2E_DEMO_PASSWORD;
  if (!password) throw new Error('CLINIXAI_E2E_DEMO_PASSWORD is set by playwright.config.ts');
  const csrf = await page.request.get('/api/auth/csrf');
  expect(csrf.status(), 'GET /api/auth/csrf').toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // A browser form post carries its Origin; state-changing requests without one are refused.
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/' },
    headers: { origin: new URL(baseURL).origin },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${email}`).toBeLessThan(400);
  // A failed sign-in also answers with a redirect (to the sign-in page); the session tells them apart.
  const session = await page.request.get('/api/auth/session');
  const body = (await session.json()) as { user?: { email?: string } } | null;
  expect(body?.user?.email, `session after signing in as ${email}`).toBe(email);
}
