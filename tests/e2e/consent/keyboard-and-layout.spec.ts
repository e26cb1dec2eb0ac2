import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { banner, choose, confirmation, consentCookie, settingsDialog } from './consent-helpers';

const MAX_TABS = 40;

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${MAX_TABS} presses`).toBeFocused();
}

const focusInside = (container: Locator) => container.evaluate((element) => element.contains(document.activeElement));

test('the banner and the dialog work with the keyboard alone (WAI-ARIA modal dialog)', async ({ page, context }) => {
  await page.goto('/');
  const customize = banner(page).getByRole('button', { name: 'Customize' });
  await tabTo(page, customize);
  await page.keyboard.press('Enter');
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  expect(await focusInside(dialog), 'focus moves into the dialog').toBe(true);
  for (let presses = 0; presses < 25; presses += 1) {
    await page.keyboard.press(presses < 15 ? 'Tab' : 'Shift+Tab');
    expect(await focusInside(dialog), `focus stays in the dialog after ${presses + 1} presses`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(customize, 'focus returns to the button that opened the dialog').toBeFocused();
  expect(await consentCookie(context), 'closing is not a choice').toBeUndefined();

  await page.keyboard.press('Enter');
  const functional = dialog.getByRole('switch', { name: 'Functional' });
  await tabTo(page, functional);
  await page.keyboard.press('Space');
  await expect(functional).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Save my choices' }));
  await choose(page, () => page.keyboard.press('Enter'));
  await expect(dialog).toHaveCount(0);
  await expect(confirmation(page)).toBeFocused();
  expect(await consentCookie(context)).toMatchObject({ categories: { functional: true } });
  await tabTo(page, banner(page).getByRole('button', { name: 'Hide this message' }));
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('banner and dialog fit, pass axe, and the banner never covers the focused element', async ({ page }) => {
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(320);
    await expectNoSeriousAccessibilityViolations(page);

    // Walk the page with Tab: whatever has focus is never under the banner.
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const focused = document.activeElement;
        const region = document.querySelector('[data-testid="consent-banner"]');
        if (!focused || !region || focused === document.body || region.contains(focused)) return false;
        const box = focused.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top !== null && region.contains(top);
      });
      expect(covered, `focused element ${presses + 1} is not under the banner`).toBe(false);
    }

    await banner(page).getByRole('button', { name: 'Customize' }).click();
    const dialog = settingsDialog(page);
    await expect(dialog).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    const save = dialog.getByRole('button', { name: 'Save my choices' });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
  });
});
