import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * "Medications & allergies" for the demo patient: the chart's medicines and allergies, then a prescription a
 * clinician signs in the visit screen appears as a current medication with its printable copy, and in the
 * patient's own data download.
 */
test.describe.configure({ mode: 'serial' });

const patientEmail = 'patient@riverside.example';
let appointmentId = '';

test('the patient opens the page from the navigation and sees the medicines and allergies on their record', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, patientEmail);
  // The visit a clinician will prescribe at, as the patient's own intake list links it.
  await page.goto('/patient/intake');
  const visit = page.getByRole('link', { name: /^Visit on/ }).first();
  appointmentId = (await visit.getAttribute('href'))!.split('/').pop()!;

  await page.goto('/patient');
  await page.getByRole('navigation').getByRole('link', { name: 'Medications & allergies' }).click();
  await expect(page).toHaveURL(/\/patient\/medications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Medications & allergies' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Allergies' })).toBeVisible();
  await expect(page.getByText('Penicillin', { exact: true })).toBeVisible();
  await expect(page.getByText('metformin 1000 mg', { exact: true })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
});

test('a clinician signs a prescription at the patient’s visit', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto(`/clinician/visits/${appointmentId}`);
  await page.getByLabel('Drug', { exact: true }).fill('cetirizine');
  await page.getByLabel('Dose', { exact: true }).fill('10 mg');
  await page.getByLabel('Frequency', { exact: true }).fill('once daily');
  await page.getByLabel('Duration (days)').fill('30');
  await page.getByLabel('Quantity').fill('30');
  await expect(page.getByTestId('hard-stop')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign prescription' }).click();
  await expect(page.getByText('Prescription signed and added to the medication list.')).toBeVisible();
});

test('the patient sees it as a current medication, prints their copy, and finds it in their data download', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, patientEmail);
  await page.goto('/patient/medications');
  const current = page.getByRole('region', { name: 'Current medications' });
  const item = current.getByRole('listitem').filter({ hasText: 'cetirizine 10 mg' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('oral, once daily, for 30 days');
  await expect(item).toContainText(/Prescribed by .*Lee.* at Riverside Family Clinic/);
  await expectNoSeriousAccessibilityViolations(page);

  const pdf = await page.request.get(new URL((await item.getByRole('link', { name: /Printable copy \(PDF\)/ }).getAttribute('href'))!, baseURL).toString());
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const json = (await (await page.request.get('/api/v1/me/export?format=json')).json()) as { patientRecords: { prescriptions: { drug: string; status: string; appointmentId: string }[] }[] };
  expect(json.patientRecords.flatMap((r) => r.prescriptions)).toContainEqual(expect.objectContaining({ drug: 'cetirizine', status: 'active', appointmentId }));
  const bundle = (await (await page.request.get('/api/v1/me/export?format=fhir')).json()) as { entry: { fullUrl: string; resource: { resourceType: string; medicationCodeableConcept?: { text: string }; encounter?: { reference: string } } }[] };
  const request = bundle.entry.find((e) => e.resource.resourceType === 'MedicationRequest' && e.resource.medicationCodeableConcept?.text === 'cetirizine');
  expect(request?.resource.encounter?.reference).toBeDefined();
  expect(bundle.entry.map((e) => e.fullUrl)).toContain(request!.resource.encounter!.reference);
});
