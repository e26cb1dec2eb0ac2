import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/** The demo patient reads their own record and changes their phone number; clinical sections stay read-only. */
test('a patient sees their own chart and edits their phone number', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient');
  await page.getByRole('navigation').getByRole('link', { name: 'My record' }).first().click();
  await expect(page).toHaveURL(/\/patient\/chart$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conditions' }).getByRole('list', { name: 'Problems' })).toContainText('E11.9');
  await expect(page.getByRole('region', { name: 'Allergies' })).toContainText('Penicillin');
  // No clinician controls on the patient's own view.
  await expect(page.getByRole('button', { name: /^(Resolve|Stop|Confirm)/ })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);

  const contact = page.getByRole('region', { name: 'Your contact details' });
  const phone = contact.getByLabel('Phone');
  const newPhone = `(518) 555-01${String(Date.now() % 90 + 10)}`;
  await phone.fill(newPhone);
  await contact.getByRole('button', { name: 'Save contact details' }).click();
  await expect(contact.getByRole('status').filter({ hasText: 'Contact details saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your contact details' }).getByLabel('Phone')).toHaveValue(newPhone);

  await phone.fill('call me maybe');
  await page.getByRole('region', { name: 'Your contact details' }).getByRole('button', { name: 'Save contact details' }).click();
  await expect(page.getByText('Phone may hold digits, spaces, +, (, ), . and - only.')).toBeVisible();
});
