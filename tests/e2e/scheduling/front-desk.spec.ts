import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { clockIn, riversideWeekday } from './scheduling-helpers';

test.use({ timezoneId: 'America/New_York' });

test('the front desk books a patient from the day view and cancels it after confirming', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  const day = riversideWeekday(8);
  await page.goto(`/admin/appointments?date=${day}`);
  const form = page.getByRole('form', { name: 'Book a visit' });
  await form.getByLabel('Patient').selectOption({ label: 'Bennett, Marcus (RFC-000103)' });
  await form.getByLabel('Clinician').selectOption({ label: 'Evelyn Lee' });
  await form.getByLabel('Visit type').selectOption({ label: 'Annual physical (45 min)' });
  await form.getByLabel('Day').fill(day);
  const free = form.getByRole('group', { name: 'Free times' });
  const confirm = form.getByRole('button', { name: 'Confirm booking' });
  // The free times reload when the day changes; a pick made in the list being replaced is lost, as it
  // would be for a person, who then picks again.
  await expect(async () => {
    await free.locator('label').last().click();
    await expect(confirm).toBeEnabled({ timeout: 2_000 });
  }).toPass();
  const start = (await free.getByRole('radio', { checked: true }).getAttribute('value'))!;
  await confirm.click();
  await expect(form.getByText(/^Booked: /)).toBeVisible();

  const entry = page.getByTestId('schedule-entry').filter({ hasText: clockIn(start, 'America/New_York') }).filter({ hasText: 'Marcus Bennett' });
  await expect(entry).toContainText('Annual physical with Evelyn Lee');
  await entry.getByRole('button', { name: 'Cancel: Marcus Bennett' }).click();
  await entry.getByRole('button', { name: 'Yes, cancel: Marcus Bennett' }).click();
  await expect(entry).toContainText('Cancelled');
  await expectNoSeriousAccessibilityViolations(page);
});
