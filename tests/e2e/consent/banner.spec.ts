import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { banner, choose, confirmation, consentCookie, cookieNames, saveUiPreferences, setCookies, settingsDialog, UI } from './consent-helpers';

test.describe('consent banner', () => {
  test('shows on first visit with three equal choices, and passes axe', async ({ page }) => {
    const response = await page.goto('/');
    // The page depends on the visitor's consent: no shared cache may keep it.
    expect(response?.headers()['cache-control']).toMatch(/private|no-store/);
    await expect(banner(page)).toBeVisible();
    const buttons = ['Accept all', 'Reject all', 'Customize'].map((name) => banner(page).getByRole('button', { name, exact: true }));
    const looks = await Promise.all(
      buttons.map((button) =>
        button.evaluate((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return [style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderWidth, Math.round(box.width), Math.round(box.height)].join('|');
        }),
      ),
    );
    expect(new Set(looks).size, `equal visual weight: ${looks.join(' / ')}`).toBe(1);
    await expect(banner(page).getByRole('link', { name: 'Read our Cookie Policy' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('before any choice nothing optional is stored, and the preferences route refuses to set clinixai-ui', async ({ page, context }) => {
    await page.goto('/');
    expect(await saveUiPreferences(page, { sidebarCollapsed: true })).toEqual({ status: 200, stored: false });
    expect(await cookieNames(context)).not.toContain(UI);
  });

  test('Accept all enables clinixai-ui; withdrawing in the settings deletes it in the same response', async ({ page, context }) => {
    await page.goto('/');
    const accepted = await choose(page, () => banner(page).getByRole('button', { name: 'Accept all' }).click());
    const consentHeader = (await setCookies(accepted)).get('clinixai-cookie-consent') ?? '';
    for (const attribute of [/; Max-Age=31536000(;|$)/, /; Path=\/(;|$)/, /; HttpOnly(;|$)/, /; SameSite=lax(;|$)/i]) expect(consentHeader).toMatch(attribute);
    expect(consentHeader, 'not Secure over plain HTTP').not.toMatch(/; Secure/i);
    await expect(confirmation(page)).toBeFocused();
    await expect(confirmation(page)).toContainText('You accepted functional cookies');
    expect(await consentCookie(context)).toMatchObject({ schema: 1, method: 'banner', categories: { necessary: true, functional: true, analytics: false } });

    expect(await saveUiPreferences(page, { sidebarCollapsed: true, dashboard: { showTomorrow: true } })).toEqual({ status: 200, stored: true });
    expect(await cookieNames(context)).toContain(UI);

    await page.reload();
    await expect(banner(page)).toHaveCount(0);
    await page.goto('/cookies#settings');
    await expect(page.getByText('Strictly necessary and functional cookies are allowed on this device.')).toBeVisible();
    await page.getByRole('button', { name: 'Change cookie settings' }).click();
    await expect(settingsDialog(page).getByRole('switch', { name: 'Functional' })).toBeChecked();
    const withdrawn = await choose(page, () => settingsDialog(page).getByRole('button', { name: 'Reject all' }).click());
    expect((await setCookies(withdrawn)).get(UI), 'clinixai-ui deleted in the withdrawal response').toMatch(/^clinixai-ui=;.*Max-Age=0/i);
    expect(await cookieNames(context)).not.toContain(UI);
    expect(await consentCookie(context)).toMatchObject({ method: 'settings', categories: { functional: false } });
    await expect(settingsDialog(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Change cookie settings' }), 'focus returns to what opened the dialog').toBeFocused();
    expect(await saveUiPreferences(page, { sidebarCollapsed: false })).toEqual({ status: 200, stored: false });
  });

  test('Customize: nothing pre-ticked, necessary locked on, analytics not in use; switching functional on enables clinixai-ui', async ({ page, context }) => {
    await page.goto('/');
    await banner(page).getByRole('button', { name: 'Customize' }).click();
    const dialog = settingsDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeChecked();
    await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeDisabled();
    await expect(dialog.getByText(/blocking them in your browser prevents sign-in/)).toBeVisible();
    await expect(dialog.getByRole('switch', { name: 'Functional' })).not.toBeChecked();
    await expect(dialog.getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
    await expect(dialog.getByRole('switch', { name: 'Analytics' })).toBeDisabled();
    await expect(dialog.getByText('Not in use', { exact: true })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    await dialog.getByRole('switch', { name: 'Functional' }).click();
    await choose(page, () => dialog.getByRole('button', { name: 'Save my choices' }).click());
    await expect(dialog).toHaveCount(0);
    await expect(confirmation(page)).toBeFocused();
    await expect(confirmation(page)).toContainText('You accepted functional cookies');
    expect(await consentCookie(context)).toMatchObject({ method: 'settings', categories: { functional: true, analytics: false } });
    expect(await saveUiPreferences(page, { sidebarCollapsed: true })).toEqual({ status: 200, stored: true });
    expect(await cookieNames(context)).toContain(UI);
  });
});
