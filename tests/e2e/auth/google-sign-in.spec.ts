import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * "Continue with Google" against a real OpenID Connect server on loopback standing in for Google
 * (tests/peers/oidc-server.mjs). Its login form takes "verified:<email>" or "unverified:<email>".
 */
const oidcHost = `127.0.0.1:${process.env.CLINIXAI_E2E_OIDC_PORT}`;
test.use({ redirectHosts: [oidcHost] });

async function continueWithGoogle(page: Page, login: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  await signInAtGoogle(page, login);
}

/** The identity provider's own pages (login, then consent), and back to ClinixAI. */
async function signInAtGoogle(page: Page, login: string) {
  await page.waitForURL((url) => url.host === oidcHost);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.host !== oidcHost);
}

const sessionEmail = async (page: Page) =>
  ((await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } } | null)?.user?.email;

test('a new person signs in with a verified Google account', async ({ page }) => {
  const email = `google.person.${Date.now()}@example.org`;
  await continueWithGoogle(page, `verified:${email}`);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(await sessionEmail(page)).toBe(email);
});

test('a verified Google identity is linked to the existing account with that email', async ({ page }) => {
  await continueWithGoogle(page, 'verified:patient@riverside.example', '/patient');
  await expect(page).toHaveURL(/\/patient$/);
  expect(await sessionEmail(page)).toBe('patient@riverside.example');
});

test('an unverified Google email is not linked, and the person is told how to link it', async ({ page }) => {
  await continueWithGoogle(page, 'unverified:dr.shah@harbor.example');
  await expect(page).toHaveURL(/\/sign-in\?.*error=google_email_unverified/);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(/Google/);
  expect(await sessionEmail(page)).toBeUndefined();
});

test('a signed-in person links a Google account from Settings, even one whose email Google has not verified, then signs in with it', async ({ page, browser, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.shah@harbor.example');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Link Google account' }).click();
  await signInAtGoogle(page, 'unverified:priya.personal@example.org');
  await expect(page).toHaveURL(/\/settings\?linked=google$/);
  await expect(page.getByText('Google account linked.')).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await continueWithGoogle(other, 'unverified:priya.personal@example.org');
  expect(await sessionEmail(other)).toBe('dr.shah@harbor.example');
  await fresh.close();
});
