import { readFile } from 'node:fs/promises';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * The audit log as Riverside's admin uses it: something auditable happens (an invitation), the admin
 * filters the trail down to it and downloads the filtered trail as CSV. Other clinics and roles see none of it.
 */
test('a clinic admin filters the audit trail and downloads it as CSV', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin/staff');
  await page.getByLabel('Email address').fill(`audited.${Date.now()}@example.org`);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const filters = page.getByRole('form', { name: 'Filter the audit trail' });
  await filters.getByLabel('From (clinic time)').fill('2030-01-02');
  await filters.getByLabel('To (clinic time)').fill('2030-01-01');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('#audit-to-error')).toContainText('To must be on or after From.');

  await page.goto('/admin/audit');
  await filters.getByLabel('Actor').selectOption({ label: 'Dana Whitfield' });
  await filters.getByLabel('Action starts with').fill('staff.invite');
  await filters.getByLabel('Outcome').selectOption('allowed');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=staff\.invite/);
  const rows = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('staff.invite');
  await expect(rows.nth(1)).toContainText('Dana Whitfield');
  expect(await rows.filter({ hasNotText: 'staff.invite' }).count()).toBe(1); // the header row

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('seq,time_utc,actor_id,actor_name,acting_role,action,resource_type,resource_id,outcome,request_id');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(',staff.invite,') && line.includes('Dana Whitfield'))).toBe(true);
  // Events carry the request id the server stamped on their request.
  expect(lines[1]).toMatch(/,[0-9a-f-]{36}$/);

  // The same trail as JSON, with the same filters.
  const json = await page.request.get('/api/v1/audit/events?action=staff.invite&outcome=allowed');
  expect(json.status()).toBe(200);
  const { events } = (await json.json()) as { events: { action: string; actorName: string }[]; next: string | null };
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.action === 'staff.invite')).toBe(true);
  const bad = await page.request.get('/api/v1/audit/events?outcome=maybe');
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toHaveProperty('outcome');

  // The export itself is recorded.
  await page.goto('/admin/audit?action=audit.export');
  await expect(page.getByRole('table', { name: 'Audit events, newest first' })).toContainText('audit.export');
});

test("a Harbor admin sees only Harbor's staff and trail; a clinician gets 404", async ({ page, baseURL, browser }) => {
  await signInAs(page, baseURL!, 'admin@harbor.example');
  await page.goto('/admin/staff');
  const staff = page.getByRole('table', { name: 'Staff of this clinic' });
  await expect(staff).toContainText('harbor.example');
  await expect(staff).not.toContainText('riverside.example');
  const csv = await page.request.get('/api/v1/audit/export?action=staff.');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain('Dana Whitfield');

  const context = await browser.newContext();
  const clinician = await context.newPage();
  await signInAs(clinician, baseURL!, 'dr.lee@riverside.example');
  expect((await clinician.goto('/admin/audit'))?.status()).toBe(404);
  expect((await clinician.request.get('/api/v1/audit/export')).status()).toBe(404);
  const lee = ((await (await clinician.request.get('/api/v1/me')).json()) as { user: { id: string } }).user.id;
  await context.close();

  // Naming Riverside's clinician in Harbor's schedules screen shows Harbor's own clinician, never Dr Lee's week.
  await page.goto(`/admin/schedules?clinician=${lee}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Schedules' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Evelyn Lee');
});

test('every response carries a request id', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
