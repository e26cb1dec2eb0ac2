import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * "Who viewed my record" in the privacy center. Until the chart screens record chart reads in this
 * branch, the access the run can produce is the patient's own full copy ("Download my data", audited
 * per record); which staff accesses appear, and which do not, is tested against inserted audit events
 * in src/server/privacy/list-record-access.int.test.ts.
 */
type Access = { who: string; what: string; at: string; clinic: string };

test('a patient downloads their data and then sees that access, on the page and as JSON', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const before = ((await (await page.request.get('/api/v1/me/record-access')).json()) as { accesses: Access[] }).accesses;

  await page.goto('/settings/privacy');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as JSON' }).click()]);
  await download.path();

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

test('the access log is personal: anonymous callers are refused', async ({ request }) => {
  expect((await request.get('/api/v1/me/record-access')).status()).toBe(401);
});
