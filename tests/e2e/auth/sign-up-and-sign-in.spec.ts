import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { demoPassword } from '../support/credentials';
import { linkIn, waitForMail } from '../support/inbox';

/**
 * The sign-in journeys as a person makes them, in Chromium: sign up, confirm the email from the
 * message that reached the (local) SMTP server, sign in, switch role, sign out.
 */
/** The form's own alert (Next.js adds an empty route announcer with the same role). */
const formAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('a patient signs up, confirms the email from the message, signs in and signs out', async ({ page }) => {
  const email = `new.patient.${Date.now()}@example.org`;
  const password = 'a calm river at dawn';
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Noor Haddad');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email').first()).toBeVisible();

  // Before confirming, sign-in says what to do instead of failing silently.
  await signInWithForm(page, email, password);
  await expect(formAlert(page)).toContainText(/confirm your email/i);

  const mail = await waitForMail(email, /Confirm your email/);
  await page.goto(linkIn(mail));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByText('Your account is ready')).toBeVisible();

  await signInWithForm(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Choose your clinic' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  const session = await page.request.get('/api/auth/session');
  expect(await session.json()).toBeNull();
});

test('sign-up refuses a common password and names the field; nothing is created', async ({ page }) => {
  const email = `weak.${Date.now()}@example.org`;
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Weak Password');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('qwerty123456');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#sign-up-password-error')).toContainText('This password is too common; choose one that is harder to guess.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await signInWithForm(page, email, 'qwerty123456');
  await expect(formAlert(page)).toContainText('do not match an account');
});

test('a wrong password shows one message that does not say whether the account exists', async ({ page }) => {
  await signInWithForm(page, 'dr.lee@riverside.example', 'not the right password');
  const known = await formAlert(page).innerText();
  await signInWithForm(page, 'nobody.here@riverside.example', 'not the right password');
  expect(await formAlert(page).innerText()).toBe(known);
});

test('a person with two roles switches between them from the header without signing out', async ({ page }) => {
  await signInWithForm(page, 'dr.okafor@riverside.example', demoPassword());
  await expect(page).toHaveURL(/\/clinician$/);
  await page.getByRole('button', { name: /Chidi Okafor/ }).click();
  await page.getByRole('menuitemradio', { name: /Clinic admin/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const me = await page.request.get('/api/v1/me');
  expect(((await me.json()) as { active: { role: string } }).active.role).toBe('clinic_admin');
  // The previous role's pages are now "not found" for this session.
  const clinician = await page.goto('/clinician');
  expect(clinician?.status()).toBe(404);
});

test('"Sign out of all devices" ends the other sessions too', async ({ page, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithForm(otherPage, 'admin@harbor.example', demoPassword());
  await expect(otherPage).toHaveURL(/\/admin$/);

  await signInWithForm(page, 'admin@harbor.example', demoPassword());
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out of all devices' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect(await (await otherPage.request.get('/api/auth/session')).json()).toBeNull();
  await other.close();
});

test('a forgotten password is reset from the emailed link, once, and the new one signs in', async ({ page }) => {
  const email = `forgetful.${Date.now()}@example.org`;
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Forgetful Person');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('the first long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email').first()).toBeVisible();

  await page.goto('/forgot-password');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const link = linkIn(await waitForMail(email, /Reset your ClinixAI password/));

  await page.goto(link);
  await page.getByLabel('New password').fill('a second, better passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByText('Your password was changed')).toBeVisible();

  // The reset also confirmed the address (the link proved the person reads that inbox).
  await signInWithForm(page, email, 'a second, better passphrase');
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(link);
  await page.getByLabel('New password').fill('a third attempt passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(formAlert(page)).toContainText(/expired or was already used|ask for a new/i);
});

test('when the browser blocks cookies, the sign-in page says so plainly', async ({ browser }) => {
  const context = await browser.newContext();
  // What a browser with cookies turned off reports to scripts: no cookie is ever stored.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'cookieEnabled', { get: () => false });
    Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => undefined });
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByText('Your browser is blocking cookies')).toBeVisible();
  await context.close();
});

test('with cookies allowed there is no cookie warning', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByText('Your browser is blocking cookies')).toHaveCount(0);
});
