import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { roleDashboards } from './support/routes';
import { signInAs } from './support/sign-in';

// Enough presses to pass a skip link, the header and the account menu; the toggle sits before the navigation.
const MAX_TABS = 40;

test.describe('app shell', () => {
  for (const { path, email } of roleDashboards) {
    test(`${path}: the sidebar collapses and expands from the keyboard`, async ({ page, baseURL }) => {
      await signInAs(page, baseURL ?? '', email);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(new RegExp(`${path}$`));

      const collapse = page.getByRole('button', { name: 'Collapse sidebar' });
      await expect(collapse).toBeVisible();

      // Reach the toggle the way a keyboard user does: Tab from the top of the page.
      let reached = false;
      for (let presses = 0; presses < MAX_TABS && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await collapse.evaluate((element) => element === document.activeElement);
      }
      expect(reached, `"Collapse sidebar" reachable with Tab within ${MAX_TABS} presses`).toBe(true);

      await page.keyboard.press('Enter');
      const expand = page.getByRole('button', { name: 'Expand sidebar' });
      await expect(expand).toBeVisible();
      await expect(expand, 'focus stays on the toggle').toBeFocused();
      await expect(page.getByRole('button', { name: 'Collapse sidebar' })).toHaveCount(0);

      await page.keyboard.press('Space');
      await expect(page.getByRole('button', { name: 'Collapse sidebar' })).toBeFocused();

      await expectNoSeriousAccessibilityViolations(page);
    });
  }
});
