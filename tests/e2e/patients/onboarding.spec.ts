import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';

/**
 * After self sign-up a person chooses a clinic and completes a profile: their patient record and membership are
 * created, the session switches to the new patient role at once, and they land on their own record.
 */
test('a new person signs up, joins Harbor Pediatrics as a patient and sees their record', async ({ page }) => {
  const { email, password } = await createConfirmedAccount(page, 'joining', 'Rosa Quinn');
  await signInWithForm(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('link', { name: 'Choose your clinic' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Join your clinic' })).toBeVisible();
  await expect(page.getByLabel('Given name')).toHaveValue('Rosa');
  await expect(page.getByLabel('Family name')).toHaveValue('Quinn');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Harbor Pediatrics, Bristol' });
  // A date of birth in the future is refused, naming the field.
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page.getByText('Date of birth cannot be in the future.')).toBeVisible();

  await page.getByLabel('Date of birth').fill('1991-06-14');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page).toHaveURL(/\/patient\/chart$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your contact details' })).toContainText(/Record number HBP-\d{6}/);

  const me = (await (await page.request.get('/api/v1/me')).json()) as { active: { role: string; clinicId: string }; memberships: { clinicName: string; role: string }[] };
  expect(me.active.role).toBe('patient');
  expect(me.memberships).toEqual([expect.objectContaining({ clinicName: 'Harbor Pediatrics', role: 'patient' })]);
});
