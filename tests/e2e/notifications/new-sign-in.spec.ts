import type { Browser } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import type { ReceivedMail } from '../support/inbox';
import { linkIn, waitForMail } from '../support/inbox';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';

/**
 * The "new sign-in" notice: a browser this account has not used before is told about by email and in the app;
 * the account's first sign-in, and sign-ins from a browser it knows, are not. "Device" here is the browser
 * family and system with the coarse network, hashed on the server: no cookie is added for it.
 */
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const NOTICE = /^New sign-in to your ClinixAI account$/;

async function noticesTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.CLINIXAI_E2E_INBOX_PORT}/messages?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as ReceivedMail[]).filter((mail) => NOTICE.test(mail.subject));
}

async function signInFrom(browser: Browser, userAgent: string | undefined, email: string, password: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  await signInWithForm(await context.newPage(), email, password);
  await context.close();
}

test('a sign-in from a new browser is emailed and shown in the app; the first sign-in and known browsers are not', async ({ browser, page }) => {
  // Seven sign-ins through the form, each a page load on a shared two-core machine.
  test.slow();
  const { email, password } = await createConfirmedAccount(page, 'new-sign-in', 'Nia Signal');
  // The very first sign-in after sign-up, then the same browser again from a fresh context: nothing to tell.
  await signInWithForm(page, email, password);
  await signInFrom(browser, undefined, email, password);

  // Another browser: the notice arrives, with when, which browser and roughly where, and how to act.
  await signInFrom(browser, FIREFOX, email, password);
  const notice = await waitForMail(email, NOTICE);
  expect(notice.text).toMatch(/^Someone signed in to your account with your password on .+, from Firefox on Linux \(the server's own machine\)\./);
  expect(notice.text).toContain('If it was not, change your password now');
  expect(linkIn(notice)).toBe('/forgot-password');

  // Both known browsers again, then a third new one: only the third is told. Jobs are delivered in order,
  // so once the third notice is here, any notice for the repeated sign-ins would be here too.
  await signInFrom(browser, FIREFOX, email, password);
  await signInFrom(browser, undefined, email, password);
  await signInFrom(browser, SAFARI, email, password);
  await expect.poll(async () => (await noticesTo(email)).length, { message: 'the Safari sign-in notice' }).toBeGreaterThanOrEqual(2);
  const notices = await noticesTo(email);
  expect(notices.map((mail) => mail.text.match(/from (\w+ on \w+)/)?.[1])).toEqual(['Firefox on Linux', 'Safari on macOS']);

  // In the app as well, without clinical content.
  await page.goto('/dashboard');
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const centre = page.getByRole('dialog', { name: 'Notifications' });
  await expect(centre.getByText('New sign-in to your ClinixAI account', { exact: true })).toHaveCount(2);
});
