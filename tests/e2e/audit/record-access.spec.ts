import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * "Who viewed my record" in the privacy center. Chart reads are recorded by the patient-records screens;
 * this spec checks the section and its JSON twin agree, whatever accesses the run has produced so far.
 * Which accesses appear (and which do not) is tested against inserted audit events in
 * src/server/privacy/list-record-access.int.test.ts.
 */
test('a patient sees who viewed their record, on the page and as JSON', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/settings/privacy');
  await expect(page.getByRole('heading', { level: 2, name: 'Who viewed my record' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const response = await page.request.get('/api/v1/me/record-access');
  expect(response.status()).toBe(200);
  const { accesses } = (await response.json()) as { accesses: { who: string; what: string; at: string }[] };
  if (accesses.length === 0) {
    await expect(page.getByText('No one has opened your chart yet.')).toBeVisible();
  } else {
    const table = page.getByRole('table', { name: 'Accesses to your chart, newest first' });
    await expect(table.getByRole('row')).toHaveCount(accesses.length + 1);
    await expect(table.getByRole('row').nth(1)).toContainText(accesses[0]!.who);
    expect([...accesses].sort((a, b) => b.at.localeCompare(a.at))).toEqual(accesses);
  }
});

test('the access log is personal: anonymous callers are refused', async ({ request }) => {
  expect((await request.get('/api/v1/me/record-access')).status()).toBe(401);
});
