import { expect, test } from '../support/fixtures';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { banner, choose, consentCookie, saveUiPreferences } from './consent-helpers';

/**
 * Consent follows the person (Cookie Policy): a choice made on one device applies on the person's other
 * devices once they sign in there, without asking again; a device that already chose keeps its own choice.
 */
test("the account's cookie choice applies on another device at sign-in", async ({ browser, page }) => {
  const account = await createConfirmedAccount(page, 'consent.follows');

  // Laptop: choose (functional on), then sign in, which links the choice to the account.
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await laptopPage.goto('/');
  await choose(laptopPage, () => banner(laptopPage).getByRole('button', { name: 'Accept all' }).click());
  await signInWithForm(laptopPage, account.email, account.password);
  const chosen = await consentCookie(laptop);

  // Phone: never chose; after signing in it has the account's choice and no banner.
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await phonePage.goto('/sign-in');
  await expect(banner(phonePage)).toBeVisible();
  await signInWithForm(phonePage, account.email, account.password);
  const adopted = await consentCookie(phone);
  expect(adopted).toMatchObject({ method: 'banner', categories: { necessary: true, functional: true, analytics: false } });
  expect(adopted?.consentId).not.toBe(chosen?.consentId);
  await phonePage.goto('/settings/privacy');
  await expect(banner(phonePage)).toHaveCount(0);
  // Functional consent holds on the phone too, so its display preferences may be stored.
  expect(await saveUiPreferences(phonePage, { sidebarCollapsed: true })).toMatchObject({ stored: true });
  await expect(phonePage.getByRole('list', { name: 'Consent history, newest first' }).getByRole('listitem').first()).toContainText('sign-in');

  // Tablet: rejected before signing in; its own choice stands.
  const tablet = await browser.newContext();
  const tabletPage = await tablet.newPage();
  await tabletPage.goto('/');
  await choose(tabletPage, () => banner(tabletPage).getByRole('button', { name: 'Reject all' }).click());
  await signInWithForm(tabletPage, account.email, account.password);
  expect(await consentCookie(tablet)).toMatchObject({ categories: { functional: false } });
  await Promise.all([laptop.close(), phone.close(), tablet.close()]);
});
