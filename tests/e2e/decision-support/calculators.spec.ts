import type { Page } from '@playwright/test';
import { riversidePatients } from '../../../src/db/seed/riverside-patients';
import { stableUuid } from '../../../src/db/seed/stable-id';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * A clinician's decision-support page: calculators computed as they type (value, category, citation),
 * and the interaction checker flagging an ONC high-priority pair with its source.
 */
const result = (page: Page) => page.getByRole('region', { name: 'Result' }).getByRole('status');

test.beforeEach(async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
});

test('a clinician computes BMI and NEWS2 and sees value, category and citation as they type', async ({ page }) => {
  await page.goto('/clinician');
  await page.getByRole('link', { name: 'Decision support' }).click();
  await expect(page).toHaveURL(/\/clinician\/calculators$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Decision support' })).toBeVisible();

  await expect(page.getByLabel('Calculator')).toHaveValue('bmi');
  await page.getByLabel('Weight (kg)').fill('70');
  await expect(result(page)).toContainText('Still needed: Height');
  await page.getByLabel('Height (cm)').fill('175');
  await expect(page.getByTestId('calculator-value')).toHaveText('22.9');
  await expect(page.getByTestId('calculator-category')).toHaveText('normal weight');
  await expect(page.getByTestId('calculator-citation')).toContainText('WHO Technical Report Series 894');
  await page.getByLabel('Weight (kg)').fill('95');
  await expect(page.getByTestId('calculator-category')).toHaveText('obesity class I');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Calculator').selectOption({ label: 'National Early Warning Score 2 (NEWS2)' });
  await page.getByLabel('Respiration rate (breaths/min)').fill('22');
  await page.getByLabel('Oxygen saturation (SpO₂) (%)').fill('95');
  await page.getByLabel('SpO₂ scale').selectOption({ label: 'Scale 1 (usual)' });
  await page.getByLabel('Systolic blood pressure (mmHg)').fill('105');
  await page.getByLabel('Pulse (beats/min)').fill('900');
  await expect(page.locator('#calc-news2-pulse_per_min-error')).toContainText('Must be between 20 and 300 beats/min.');
  await page.getByLabel('Pulse (beats/min)').fill('95');
  await page.getByLabel('Consciousness (ACVPU)').selectOption({ label: 'Alert' });
  await page.getByLabel('Temperature (°C)').fill('38.5');
  await expect(page.getByTestId('calculator-value')).toHaveText('6');
  await expect(page.getByTestId('calculator-category')).toHaveText('medium');
  await expect(page.getByTestId('calculator-citation')).toContainText('Royal College of Physicians');
  await page.getByLabel('On supplemental oxygen').check();
  await expect(page.getByTestId('calculator-value')).toHaveText('8');
  await expect(page.getByTestId('calculator-category')).toHaveText('high');
  await expectNoSeriousAccessibilityViolations(page);
});

test('a unit can be switched where the contract lists two', async ({ page }) => {
  await page.goto('/clinician/calculators');
  await page.getByLabel('Calculator').selectOption('calcium_corrected_albumin');
  await page.getByLabel('Total calcium (mg/dL)').fill('8.6');
  await page.getByLabel('Albumin unit').selectOption({ label: 'g/L' });
  await page.getByLabel('Albumin', { exact: true }).fill('31');
  await expect(page.getByTestId('calculator-value')).toHaveText('9.32');
});

test('the interaction checker flags an ONC high-priority pair and an allergy conflict, with citations', async ({ page }) => {
  await page.goto('/clinician/calculators');
  const alerts = page.getByRole('region', { name: 'Alerts' });
  await expect(alerts).toContainText('Enter at least one medication');
  await page.getByLabel('Medications').fill('Zocor 40 mg\nclarithromycin\nmadeupdrug');
  const interaction = alerts.getByRole('list', { name: 'Drug interactions' }).getByRole('listitem').first();
  await expect(interaction).toContainText('simvastatin + clarithromycin');
  await expect(interaction).toContainText('High priority (ONC)');
  await expect(interaction).toContainText('contraindicated');
  await expect(interaction).toContainText('J Am Med Inform Assoc 2012;19:735-743');
  await expect(alerts).toContainText('Medications: madeupdrug');

  await page.getByLabel('Medications').fill('amoxicillin\nlisinopril\nibuprofen');
  await page.getByLabel('Allergies').fill('penicillin\nlatex');
  await expect(alerts.getByRole('list', { name: 'Allergy conflicts' })).toContainText('amoxicillin — allergy: penicillin');
  await expect(alerts.getByRole('list', { name: 'Drug interactions' })).toContainText('Non-interruptive');
  await expect(alerts).toContainText('latex: Latex is not a drug');
  await expectNoSeriousAccessibilityViolations(page);
});

test('opened for a patient, the calculators and the checker start from the chart', async ({ page }) => {
  // The demo seed's stable id of patient@riverside.example's record (Jordan Rivera: E11.9, I10, E78.5; penicillin allergy).
  const profile = riversidePatients().find((p) => p.email === 'patient@riverside.example')!;
  await page.goto(`/clinician/calculators?patient=${stableUuid(`${profile.key}:patient`)}`);
  await expect(page.getByText("Pre-filled from the patient's chart")).toBeVisible();
  await expect(page.getByLabel('Height (cm)')).toHaveValue('165');
  await expect(page.locator('#calc-bmi-weight_kg-hint')).toContainText('from the chart: Body weight');
  await expect(page.getByTestId('calculator-value')).toHaveText(/^\d\d\.\d$/);
  await page.getByLabel('Calculator').selectOption('cha2ds2_vasc');
  await expect(page.getByLabel('Hypertension')).toBeChecked();
  await expect(page.getByLabel('Diabetes mellitus')).toBeChecked();
  await expect(page.getByLabel('Sex')).toHaveValue('female');
  await expect(page.getByTestId('calculator-value')).toHaveText('3');
  await expect(page.getByLabel('Medications')).toHaveValue(/lisinopril/);
  await expect(page.getByLabel('Allergies')).toHaveValue('Penicillin');
  await expectNoSeriousAccessibilityViolations(page);

  expect((await page.goto('/clinician/calculators?patient=00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
});
