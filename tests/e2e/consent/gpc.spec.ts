import { expect, test } from '../support/fixtures';
import { banner, choose, consentCookie, settingsDialog } from './consent-helpers';

test.describe('Global Privacy Control sent as Sec-GPC: 1', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

  test('is honoured, recorded with method gpc, and shown in the banner and the settings', async ({ page, context }) => {
    await page.goto('/');
    await expect(banner(page).getByText('Opt-out preference signal honored.')).toBeVisible();
    await choose(page, () => banner(page).getByRole('button', { name: 'Accept all' }).click());
    expect(await consentCookie(context)).toMatchObject({ method: 'gpc', categories: { functional: true, analytics: false } });

    await page.goto('/cookies#settings');
    await expect(page.getByText('Opt-out preference signal honored.')).toBeVisible();
    await page.getByRole('button', { name: 'Change cookie settings' }).click();
    await expect(settingsDialog(page).getByText('Opt-out preference signal honored.')).toBeVisible();
    await expect(settingsDialog(page).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  });
});

test('navigator.globalPrivacyControl alone is honoured too', async ({ page, context }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto('/');
  await expect(banner(page).getByText('Opt-out preference signal honored.')).toBeVisible();
  await choose(page, () => banner(page).getByRole('button', { name: 'Reject all' }).click());
  expect(await consentCookie(context)).toMatchObject({ method: 'gpc', categories: { functional: false, analytics: false } });
});

test('/.well-known/gpc.json declares support', async ({ request }) => {
  const response = await request.get('/.well-known/gpc.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/application\/json/);
  const body = (await response.json()) as { gpc: unknown; lastUpdate: unknown };
  expect(body.gpc).toBe(true);
  expect(body.lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('without GPC nothing says it was honoured', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByText('Opt-out preference signal honored.')).toHaveCount(0);
});
