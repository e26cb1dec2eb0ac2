import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { publicPagePaths } from './support/routes';

// The cookies named by the published Cookie Policy (DESIGN.md §2); the page's table must list each.
const policyCookies = [
  'authjs.session-token',
  '__Secure-authjs.session-token',
  'authjs.csrf-token',
  'authjs.callback-url',
  'clinixai-cookie-consent',
];

test.describe('public pages', () => {
  for (const path of publicPagePaths()) {
    test(`${path} loads and passes axe`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoSeriousAccessibilityViolations(page);
    });
  }

  test('/contact shows where to write about privacy', async ({ page }) => {
    await page.goto('/contact');
    await expect(page.getByText('privacy@clinixai.pro').first()).toBeVisible();
  });

  test('/privacy shows the privacy contact', async ({ page }) => {
    await page.goto('/privacy');
    await expect(page.getByText('privacy@clinixai.pro').first()).toBeVisible();
  });

  test('/cookies shows the policy: every cookie, its duration, and the contact', async ({ page }) => {
    await page.goto('/cookies');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/cookie/i);
    for (const cookie of policyCookies) await expect(page.getByText(cookie, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/8 hours/).first()).toBeVisible();
    await expect(page.getByText(/365 days/).first()).toBeVisible();
    await expect(page.getByText('privacy@clinixai.pro').first()).toBeVisible();
  });
});
