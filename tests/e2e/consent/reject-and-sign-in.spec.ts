import { cookieEntriesFor } from '../../../src/server/consent/cookie-registry';
import { expect, test } from '../support/fixtures';
import { banner, choose, confirmation, consentCookie, setCookies } from './consent-helpers';

/** Cookies in the browser that are not registered as strictly necessary (the test runs over HTTP). */
function notNecessary(cookies: { name: string }[]): string[] {
  return cookies
    .map((cookie) => cookie.name)
    .filter((name) => {
      const entries = cookieEntriesFor(name, false);
      return entries.length === 0 || entries.some((entry) => entry.category !== 'necessary');
    });
}

test('Reject all leaves only necessary cookies, and password sign-in still works', async ({ page, context }) => {
  await page.goto('/');
  const rejected = await choose(page, () => banner(page).getByRole('button', { name: 'Reject all' }).click());
  // Rejecting also clears any functional cookie left from before, in the same response.
  expect((await setCookies(rejected)).get('clinixai-ui')).toMatch(/Max-Age=0/);
  await expect(confirmation(page)).toBeFocused();
  await expect(confirmation(page)).toContainText('You rejected optional cookies');
  expect(await consentCookie(context)).toMatchObject({ method: 'banner', categories: { necessary: true, functional: false, analytics: false } });
  expect(notNecessary(await context.cookies())).toEqual([]);

  await page.goto('/sign-in');
  await expect(banner(page), 'the choice is remembered').toHaveCount(0);
  await page.getByLabel('Email address').fill('dr.lee@riverside.example');
  await page.getByLabel('Password', { exact: true }).fill(process.env.CLINIXAI_E2E_DEMO_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  const session = (await context.cookies()).find((c) => c.name.startsWith('authjs.session-token'));
  expect(session, 'signed in').toBeDefined();
  expect(notNecessary(await context.cookies())).toEqual([]);
  await expect(banner(page)).toHaveCount(0);

  // Signed in, the choice can still be changed (and the server records it with the account).
  await page.goto('/cookies#settings');
  await page.getByRole('button', { name: 'Change cookie settings' }).click();
  await choose(page, () => page.getByRole('dialog', { name: 'Cookie settings' }).getByRole('button', { name: 'Accept all' }).click());
  expect(await consentCookie(context)).toMatchObject({ method: 'settings', categories: { functional: true } });
});
