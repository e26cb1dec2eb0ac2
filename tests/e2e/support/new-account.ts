import { expect, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './inbox';

/**
 * A new, confirmed account made the way a person makes one (sign-up form, then the link from the mail the
 * local SMTP peer received), for tests that need an account no other test touches.
 */
export async function createConfirmedAccount(page: Page, label: string, name = 'Sam Example'): Promise<{ email: string; password: string }> {
  const email = `${label}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
  const password = 'a quiet harbour at noon';
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email').first()).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, /Confirm your email/)));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByText('Your account is ready')).toBeVisible();
  return { email, password };
}

/** Signs in through the sign-in form, as a person does. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
