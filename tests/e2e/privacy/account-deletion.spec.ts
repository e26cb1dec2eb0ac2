import type { Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { demoPassword } from '../support/credentials';
import { expect, test } from '../support/fixtures';
import { waitForMail } from '../support/inbox';
import { signInAs } from '../support/sign-in';

/**
 * "Delete my account" as the demo patient: a wrong password is refused next to the field, the right one
 * schedules the erasure 14 days out with an email, and cancelling brings everything back with another email.
 * (The erasure itself, after the grace period, is proven in src/server/privacy/account-deletion.int.test.ts,
 * where the clock can be moved.) The test ends with the account as it found it.
 */
const patientEmail = 'patient@riverside.example';
const card = (page: Page) => page.locator('#delete-account');

test('a patient schedules the deletion of their account, then cancels it', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, patientEmail);
  await page.goto('/settings/privacy');
  await expect(card(page).getByRole('heading', { name: 'Delete my account' })).toBeVisible();
  await card(page).getByRole('button', { name: 'Delete my account…' }).click();

  await card(page).getByRole('button', { name: 'Delete my account', exact: true }).click();
  await expect(card(page).getByRole('alert')).toContainText('Your account was not scheduled for deletion');
  await expect(card(page).getByText('Tick the box to confirm')).toBeVisible();

  await card(page).getByRole('checkbox', { name: /I understand/ }).check();
  await card(page).getByLabel('Your password').fill('not my password at all');
  await card(page).getByRole('button', { name: 'Delete my account', exact: true }).click();
  await expect(card(page).getByText('That password is not right.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await card(page).getByLabel('Your password').fill(demoPassword());
  await card(page).getByRole('button', { name: 'Delete my account', exact: true }).click();
  await expect(card(page).getByText('Your account is scheduled for deletion')).toBeVisible();
  const scheduled = await waitForMail(patientEmail, /will be deleted/);
  expect(scheduled.text).toContain('/settings/privacy');
  await page.screenshot({ path: test.info().outputPath('account-deletion-pending.png'), fullPage: true });

  // Still pending after a reload: the request lives on the server, not in the page.
  await page.reload();
  await card(page).getByRole('button', { name: 'Cancel deletion' }).click();
  await expect(card(page).getByRole('button', { name: 'Delete my account…' })).toBeVisible();
  await waitForMail(patientEmail, /will not be deleted/);
});
