import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * The clinical journey end to end, in order: the demo patient's intake raises a red flag; a clinician drafts, edits
 * and signs the note with its sources visible; a prescription is stopped by a high-priority interaction and
 * overridden with a reason; the patient reads the plain-language visit summary.
 */
test.describe.configure({ mode: 'serial' });

let visitPath = '';

test('the patient’s intake with a red flag shows emergency guidance at once and is sent read-only', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient/intake');
  await expect(page.getByRole('heading', { level: 1, name: 'Pre-visit intake' })).toBeVisible();
  const first = page.getByRole('link', { name: /^Visit on/ }).first();
  visitPath = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page.getByText('It is not a diagnosis', { exact: false })).toBeVisible();

  await page.getByLabel('What is the main reason for your visit?').fill('Chest pain since this morning');
  await page.getByLabel('Any other symptoms?').fill('I am short of breath and sweating. No fever.');
  const guidance = page.getByTestId('emergency-guidance');
  await expect(guidance).toBeVisible();
  await expect(guidance).toContainText('Call 911 now');
  await expect(guidance).toContainText('This is not a diagnosis');
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // Resumable: the draft is on the server.
  await page.reload();
  await expect(page.getByLabel('What is the main reason for your visit?')).toHaveValue('Chest pain since this morning');
  await page.getByRole('checkbox', { name: 'This list is correct' }).first().check();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Send to the clinic' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sent to the clinic' })).toBeVisible();
  await expect(page.getByLabel('What is the main reason for your visit?')).toHaveAttribute('readonly', '');
});

test('a clinician drafts the note with sources, edits it and signs it; corrections are addenda', async ({ page, baseURL }) => {
  const appointmentId = visitPath.split('/').pop()!;
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto(`/clinician/visits/${appointmentId}`);
  await expect(page.getByText(/Red flag \(emergency\): Chest pain/)).toBeVisible();

  for (const [label, value] of [[/^Systolic BP/, '128'], [/^Diastolic BP/, '82'], [/^Heart rate/, '112'], [/^Respiratory rate/, '22'], [/^Temperature/, '37.2'], [/^SpO₂/, '95'], [/^Weight/, '78'], [/^Height/, '165']] as const) {
    await page.getByLabel(label).fill(value);
  }
  await expect(page.getByTestId('score-news2')).toContainText('5 (medium)');
  await expect(page.getByTestId('score-bmi')).toContainText('28.7');
  await page.getByRole('button', { name: 'Save vitals to chart' }).click();
  await expect(page.getByText('8 measurements saved to the chart.')).toBeVisible();

  await page.getByLabel('Your findings and plan').fill('Possible acute coronary syndrome. Refer to the emergency department today.');
  await page.getByRole('button', { name: 'Draft note' }).click();
  const draft = page.getByLabel('Draft note');
  await expect(draft.getByText('AI-drafted: review before signing')).toBeVisible();
  const heart = draft.getByRole('textbox').filter({ hasText: 'Heart rate 112 /min.' });
  await expect(heart).toBeVisible();
  // Sources open by keyboard, not only on hover.
  const sources = draft.locator('details').first();
  await sources.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(sources.getByText('Intake: Reason for visit:')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await draft.getByRole('button', { name: 'Add sentence to Plan' }).click();
  await draft.getByRole('textbox', { name: 'Plan sentence 2' }).fill('Call 911 if the pain comes back.');
  await draft.getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByText('Signed', { exact: true })).toBeVisible();
  await expect(page.getByText(/edited by the clinician/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign note' })).toHaveCount(0);

  await page.getByLabel('Addendum').fill('ECG reviewed: sinus tachycardia.');
  await page.getByRole('button', { name: 'Sign addendum' }).click();
  await expect(page.getByText('ECG reviewed: sinus tachycardia.')).toBeVisible();
});

test('a prescription stopped by a high-priority interaction is overridden with a reason and printable', async ({ page, baseURL }) => {
  const appointmentId = visitPath.split('/').pop()!;
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto(`/clinician/visits/${appointmentId}`);
  const fill = async (drug: string, dose: string, frequency: string) => {
    await page.getByLabel('Drug', { exact: true }).fill(drug);
    await page.getByLabel('Dose', { exact: true }).fill(dose);
    await page.getByLabel('Frequency', { exact: true }).fill(frequency);
    await page.getByLabel('Duration (days)').fill('7');
    await page.getByLabel('Quantity').fill('14');
  };
  // First a statin (a duplicate of atorvastatin, shown quietly, no stop).
  await fill('simvastatin', '20 mg', 'nightly');
  await expect(page.getByText(/Duplicate therapy/)).toBeVisible();
  await expect(page.getByTestId('hard-stop')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign prescription' }).click();
  await expect(page.getByText('Prescription signed and added to the medication list.')).toBeVisible();

  await fill('clarithromycin', '500 mg', 'twice daily');
  await expect(page.getByTestId('hard-stop').first()).toContainText('High-priority interaction');
  await page.getByRole('button', { name: 'Override and sign prescription' }).click();
  await expect(page.getByText('This prescription has a hard-stop alert.', { exact: false })).toBeVisible();
  await page.getByLabel(/^Override reason/).fill('Statin paused for the 7-day course; patient informed.');
  await page.getByRole('button', { name: 'Override and sign prescription' }).click();
  await expect(page.getByText('Prescription signed and added to the medication list.')).toBeVisible();
  const print = page.getByRole('link', { name: 'Print (PDF)' }).first();
  await expect(page.getByText(/clarithromycin 500 mg oral twice daily.*alert overridden/)).toBeVisible();
  const response = await page.request.get(new URL((await print.getAttribute('href'))!, baseURL).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the patient reads the plain-language visit summary', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient/visits');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit summaries' })).toBeVisible();
  await expect(page.getByText('Chest pain since this morning')).toBeVisible();
  await expect(page.getByText('Refer to the emergency department today.')).toBeVisible();
  await expect(page.getByText(/clarithromycin 500 mg, twice daily, for 7 days/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
});
