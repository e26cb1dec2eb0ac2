import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('an unknown address shows the not-found page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/anywhere-here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  await expectNoSeriousAccessibilityViolations(page);
});
