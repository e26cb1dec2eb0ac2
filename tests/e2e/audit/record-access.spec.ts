import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { prepareAndSaveExport } from '../privacy/export-helpers';

/**
 * "Who viewed my record" in the privacy center: the patient's own full copy ("Download my data", audited per
 * record) and a clinician opening their chart both appear; the finer cases (other people's records, non-chart
 * actions) are tested against inserted audit events in src/server/privacy/list-record-access.int.test.ts.
 */
type Access = { who: string; what: string; at: string; clinic: string };

test('a patient downloads their data and then sees that access, on the page and as JSON', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const before = ((await (await page.request.get('/api/v1/me/record-access')).json()) as { accesses: Access[] }).accesses;

  await page.goto('/settings/privacy');
  await prepareAndSaveExport(page, 'Download as JSON');

  const response = await page.request.get('/api/v1/me/record-access');
  expect(response.status()).toBe(200);
  const { accesses } = (await response.json()) as { accesses: Access[] };
  expect(accesses.length).toBeGreaterThan(before.length);
  expect(accesses[0]).toMatchObject({ who: 'You', what: 'Downloaded a copy of your record', clinic: 'Riverside Family Clinic' });
  expect([...accesses].sort((a, b) => b.at.localeCompare(a.at))).toEqual(accesses);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Who viewed my record' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Accesses to your chart, newest first' });
  await expect(table.getByRole('row').nth(1)).toContainText('You');
  await expect(table.getByRole('row').nth(1)).toContainText('Downloaded a copy of your record');
  await expect(table.getByRole('row').nth(1)).toContainText('Riverside Family Clinic');
  await expectNoSeriousAccessibilityViolations(page);
});

test("a clinician opening the patient's chart shows in the patient's access log", async ({ browser, page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const own = (await (await page.request.get('/api/v1/patients')).json()) as { patients: { id: string }[] };
  const patientId = own.patients[0]!.id;

  const clinicianContext = await browser.newContext();
  const clinician = await clinicianContext.newPage();
  await signInAs(clinician, baseURL!, 'dr.lee@riverside.example');
  await clinician.goto(`/clinician/patients/${patientId}`);
  await expect(clinician.getByRole('heading', { level: 1 })).toBeVisible();
  await clinicianContext.close();

  await page.goto('/settings/privacy');
  const table = page.getByRole('table', { name: 'Accesses to your chart, newest first' });
  const newest = table.getByRole('row').nth(1);
  await expect(newest).toContainText('Evelyn Lee');
  await expect(newest).toContainText('Riverside Family Clinic');
  await expect(newest).not.toContainText('You');
});

test('the access log is personal: anonymous callers are refused', async ({ request }) => {
  expect((await request.get('/api/v1/me/record-access')).status()).toBe(401);
});
