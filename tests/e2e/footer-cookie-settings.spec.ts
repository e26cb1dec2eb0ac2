import { expect, test } from './support/fixtures';
import { signInAs } from './support/sign-in';

/** The Cookie Policy promises a Cookie settings link on every page: it opens the settings dialog. */
for (const path of ['/', '/privacy', '/cookies', '/sign-in', '/does-not-exist']) {
  test(`the footer's Cookie settings opens the dialog on ${path}`, async ({ page }) => {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('button', { name: 'Cookie settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeHidden();
    await expect(footer.getByRole('button', { name: 'Cookie settings' })).toBeFocused();
  });
}

test("the footer's Cookie settings works on a signed-in page too", async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible();
});
