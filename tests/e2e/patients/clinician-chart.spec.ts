import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/** A clinician finds a demo patient, opens the chart and adds a coded problem through the typeahead, by keyboard. */
test('a clinician searches a patient, opens the chart and adds a problem via the typeahead', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician/patients');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();

  // A typo still finds him.
  await page.getByLabel('Find a patient').fill('Marcus Benet');
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /Marcus Bennett/ });
  await expect(result).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toContainText(/\d+ patients? found/);
  await expectNoSeriousAccessibilityViolations(page);
  await result.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Marcus Bennett' })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('list', { name: 'Problems' })).toContainText('I10');

  await problems.getByText('Add a problem').click();
  const diagnosis = problems.getByRole('combobox', { name: 'Diagnosis' });
  await diagnosis.fill('migraine with');
  await expect(problems.getByRole('option', { name: /G43\.009/ })).toBeVisible();
  await diagnosis.press('ArrowDown');
  await expect(diagnosis).toHaveAttribute('aria-activedescendant', /option-0$/);
  await diagnosis.press('Enter');
  await expect(diagnosis).toHaveValue(/^G43\.009 Migraine without aura/);
  await problems.getByRole('button', { name: 'Add problem' }).click();
  await expect(problems.getByRole('status').filter({ hasText: 'Problem added.' })).toBeVisible();
  await expect(problems.getByRole('list', { name: 'Problems' })).toContainText('G43.009');
  await expectNoSeriousAccessibilityViolations(page);
});

test('a clinician is told which field is wrong when a vital is implausible', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.okafor@riverside.example');
  await page.goto('/clinician/patients');
  await page.getByLabel('Find a patient').fill('RFC-000103');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /Marcus Bennett/ }).click();
  const vitals = page.getByRole('region', { name: 'Vitals and labs' });
  await vitals.getByText('Record a vital sign or lab result').click();
  const measurement = vitals.getByRole('combobox', { name: 'Measurement' });
  await measurement.fill('heart rate');
  await vitals.getByRole('option', { name: /8867-4/ }).click();
  await vitals.getByLabel('Value (/min)').fill('900');
  await vitals.getByRole('button', { name: 'Record' }).click();
  await expect(vitals.getByRole('alert')).toContainText('The measurement was not recorded');
  await expect(vitals.getByText('Heart rate must be between 20 and 300 /min.')).toBeVisible();
  await expect(vitals.getByLabel('Value (/min)')).toHaveAttribute('aria-invalid', 'true');
});
