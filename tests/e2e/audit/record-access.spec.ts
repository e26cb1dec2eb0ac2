import type { Page } from '@playwright/test';
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

// Other specs act on the demo patient's record at the same time, so these look for their own access among the
// entries instead of assuming it is the newest one.
const accessesOf = async (page: Page) => ((await (await page.request.get('/api/v1/me/record-access')).json()) as { accesses: Access[] }).accesses;
const downloads = (list: Access[]) => list.filter((a) => a.who === 'You' && a.what === 'Downloaded a copy of your record').length;

test('a patient downloads their data and then sees that access, on the page and as JSON', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const before = await accessesOf(page);

  await page.goto('/settings/privacy');
  await prepareAndSaveExport(page, 'Download as JSON');

  const accesses = await accessesOf(page);
  expect(downloads(accesses)).toBeGreaterThan(downloads(before));
  expect(accesses.find((a) => a.who === 'You' && a.what === 'Downloaded a copy of your record')?.clinic).toBe('Riverside Family Clinic');
  expect([...accesses].sort((a, b) => b.at.localeCompare(a.at))).toEqual(accesses);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Who viewed my record' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Accesses to your chart, newest first' });
  const mine = table.getByRole('row').filter({ hasText: 'Downloaded a copy of your record' }).first();
  await expect(mine).toContainText('You');
  await expect(mine).toContainText('Riverside Family Clinic');
  await expectNoSeriousAccessibilityViolations(page);
});

test("a clinician opening the patient's chart shows in the patient's access log", async ({ browser, page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const own = (await (await page.request.get('/api/v1/patients')).json()) as { patients: { id: string }[] };
  const patientId = own.patients[0]!.id;
  const byLee = (list: Access[]) => list.filter((a) => a.who === 'Evelyn Lee').length;
  const before = byLee(await accessesOf(page));

  const clinicianContext = await browser.newContext();
  const clinician = await clinicianContext.newPage();
  await signInAs(clinician, baseURL!, 'dr.lee@riverside.example');
  await clinician.goto(`/clinician/patients/${patientId}`);
  await expect(clinician.getByRole('heading', { level: 1 })).toBeVisible();
  await clinicianContext.close();

  const after = await accessesOf(page);
  expect(byLee(after)).toBeGreaterThan(before);
  expect(after.find((a) => a.who === 'Evelyn Lee')).toMatchObject({ clinic: 'Riverside Family Clinic' });
  await page.goto('/settings/privacy');
  const table = page.getByRole('table', { name: 'Accesses to your chart, newest first' });
  await expect(table.getByRole('row').filter({ hasText: 'Evelyn Lee' }).first()).toContainText('Riverside Family Clinic');
});

test('the access log is personal: anonymous callers are refused', async ({ request }) => {
  expect((await request.get('/api/v1/me/record-access')).status()).toBe(401);
});
