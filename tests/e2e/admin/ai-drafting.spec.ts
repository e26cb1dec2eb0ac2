import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * /admin/ai as Riverside's admin: the page says what the installation, the plan (Riverside is on Pro in the demo)
 * and the clinic's switch each allow, and the switch works by keyboard. The e2e server has no language model
 * configured, so switching on changes nothing any other spec sees in a draft.
 */
test('the AI drafting page shows the plan and the switch, and the switch turns on and off', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin/ai');
  await expect(page.getByRole('heading', { level: 1, name: 'AI drafting' })).toBeVisible();
  await expect(page.getByText(/^Plan: Pro, AI rewriting is included\.$/)).toBeVisible();
  await expect(page.getByText('Not included in the', { exact: false })).toHaveCount(0);
  await expect(page.getByText(/no language model is configured/).first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const on = page.getByRole('button', { name: 'Turn the language model on' });
  await expect(on).toBeEnabled();
  await on.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The language model is on for this clinic.' })).toBeVisible();
  await expect(page.getByText(/This clinic’s switch: on\. Drafts come from the deterministic engine only: no language model is configured/)).toBeVisible();
  await page.getByRole('button', { name: 'Turn the language model off' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The language model is off for this clinic.' })).toBeVisible();
});
