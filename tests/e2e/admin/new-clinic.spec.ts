import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/inbox';
import { signInAs } from '../support/sign-in';

/**
 * A clinic from its creation: the platform admin creates it and invites its admin, who joins, sets the
 * clinic up (details, opening hours, a visit type), takes the clinician role too, sets a week and time
 * off, then invites a clinician and deactivates and restores them. Everything happens in a clinic made
 * for this run, so the demo clinics other specs rely on are left as they are.
 */
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const clinicName = `Lakeside Test Clinic ${stamp}`;
const adminEmail = `lakeside.admin.${stamp}@example.org`;
const clinicianEmail = `lakeside.doc.${stamp}@example.org`;
let adminPage: Page;

async function joinFromMail(browser: Browser, email: string, name: string, subject: RegExp): Promise<Page> {
  const link = linkIn(await waitForMail(email, subject));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill('a lantern by the quiet lake');
  await page.getByRole('button', { name: 'Create account and join' }).click();
  return page;
}

const fieldError = (page: Page, id: string) => page.locator(`#${id}-error`);

test.afterAll(async () => {
  await adminPage?.context().close();
});

test('the platform admin creates a clinic and invites its first admin', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'platform@clinixai.example');
  await page.goto('/platform/clinics');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinics' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clinics of this installation' })).toContainText('Riverside Family Clinic');
  await expectNoSeriousAccessibilityViolations(page);

  const form = page.getByRole('form', { name: 'New clinic' });
  await form.getByLabel('Clinic name').fill(clinicName);
  await form.getByLabel('Short name').fill('riverside');
  await form.getByLabel('Time zone').fill('America/Chicago');
  await form.getByLabel('Country').fill('us');
  await form.getByLabel("First clinic admin's email").fill(adminEmail);
  await form.getByRole('button', { name: 'Create clinic and invite its admin' }).click();
  await expect(fieldError(page, 'new-clinic-slug')).toContainText('Another clinic already uses the short name "riverside"');

  await form.getByLabel('Short name').fill(`lakeside-${stamp}`);
  await form.getByLabel('Time zone').fill('Mars/Olympus');
  await form.getByRole('button', { name: 'Create clinic and invite its admin' }).click();
  await expect(fieldError(page, 'new-clinic-time-zone')).toContainText('IANA time zone');

  await form.getByLabel('Time zone').fill('America/Chicago');
  await form.getByRole('button', { name: 'Create clinic and invite its admin' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The invitation went to ${adminEmail}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clinics of this installation' }).getByRole('row').filter({ hasText: clinicName })).toContainText('admin invited');
});

test('the new admin joins from the email and sets up details, opening hours and a visit type', async ({ browser }) => {
  adminPage = await joinFromMail(browser, adminEmail, 'Lena Lake', /invited to run/);
  const page = adminPage;
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic settings' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const details = page.getByRole('form', { name: 'Clinic details' });
  await details.getByLabel('Phone').fill('+1 608 555 0199');
  await details.getByLabel('Booking horizon (days)').fill('1000');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(fieldError(page, 'clinic-horizon')).toContainText('at most 730');
  await details.getByLabel('Booking horizon (days)').fill('60');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status').filter({ hasText: 'Clinic details saved.' })).toBeVisible();

  const hours = page.getByRole('form', { name: 'Opening hours' });
  for (const day of ['Monday', 'Tuesday']) {
    await hours.getByRole('group', { name: day }).getByLabel('Closed').uncheck();
    await hours.getByLabel(`${day} opens`).fill('08:00');
    await hours.getByLabel(`${day} closes`).fill('17:00');
  }
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('status').filter({ hasText: 'Opening hours saved.' })).toBeVisible();

  const add = page.getByRole('form', { name: 'New visit type' });
  await add.getByLabel('Name').fill('Long consultation');
  await add.getByLabel('Duration (minutes)').fill('50');
  await add.getByLabel('Price (minor units)').fill('15000');
  await add.getByLabel('Buffer after (minutes)').fill('10');
  await add.getByRole('button', { name: 'Add visit type' }).click();
  await expect(add.getByRole('status').filter({ hasText: 'Visit type added.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Visit types' })).toContainText('Long consultation');
  await expect(page.getByRole('list', { name: 'Visit types' })).toContainText('50 min · In person · $150.00');

  // Edit it from its summary: a duration of zero is refused beside the field, then a real change is kept.
  await page.getByRole('list', { name: 'Visit types' }).locator('summary').filter({ hasText: 'Long consultation' }).click();
  const edit = page.getByRole('form', { name: 'Edit Long consultation' });
  await edit.getByLabel('Duration (minutes)').fill('0');
  await edit.getByRole('button', { name: 'Save Long consultation' }).click();
  await expect(edit.locator('[id$="-duration-error"]')).toContainText('at least 5');
  await edit.getByLabel('Duration (minutes)').fill('45');
  await edit.getByRole('button', { name: 'Save Long consultation' }).click();
  await expect(edit.getByRole('status').filter({ hasText: 'Visit type saved.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('list', { name: 'Visit types' })).toContainText('45 min · In person');
  await expect(page.getByRole('form', { name: 'Clinic details' }).getByLabel('Phone')).toHaveValue('+1 608 555 0199');
  await expect(page.getByLabel('Monday opens')).toHaveValue('08:00');
});

test('the admin takes the clinician role and sets working hours and an exception; an overlap is refused', async () => {
  const page = adminPage;
  await page.goto('/admin/staff');
  const row = page.getByRole('table', { name: 'Staff of this clinic' }).getByRole('row').filter({ hasText: adminEmail });
  await row.getByLabel('Clinician').check();
  await row.getByRole('button', { name: 'Save roles of Lena Lake' }).click();
  await expect(row).toContainText('Roles saved.');

  await page.goto('/admin/schedules');
  await expect(page.getByRole('heading', { level: 2, name: 'Working hours of Lena Lake' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  const week = page.getByRole('form', { name: 'Working hours of Lena Lake' });
  await week.getByLabel('Monday range 1 start').fill('09:00');
  await week.getByLabel('Monday range 1 end').fill('12:00');
  await week.getByLabel('Monday range 2 start').fill('11:00');
  await week.getByLabel('Monday range 2 end').fill('16:00');
  await week.getByLabel('Wednesday range 1 start').fill('09:00');
  await week.getByLabel('Wednesday range 1 end').fill('12:00');
  await week.getByRole('button', { name: 'Save working hours' }).click();
  await expect(page.locator('#hours-1-error')).toContainText('Monday: ranges must not overlap.');
  await expect(page.locator('#hours-3-error')).toContainText('Wednesday: the clinic is closed that day.');

  await week.getByLabel('Monday range 2 start').fill('13:00');

  await week.getByLabel('Wednesday range 1 start').fill('');
  await week.getByLabel('Wednesday range 1 end').fill('');
  await week.getByRole('button', { name: 'Save working hours' }).click();
  await expect(week.getByRole('status').filter({ hasText: 'Working hours saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Monday range 2 start')).toHaveValue('13:00');

  const exception = page.getByRole('form', { name: 'New exception' });
  await exception.getByLabel('From').fill('2031-07-01T00:00');
  await exception.getByLabel('Until').fill('2031-07-08T00:00');
  await exception.getByLabel('Reason').fill('Summer holiday');
  await exception.getByRole('button', { name: 'Add exception' }).click();
  await expect(page.getByRole('list', { name: 'Upcoming exceptions' })).toContainText('Summer holiday');
  // Shown in clinic time, as typed (the clinic is in Chicago, whatever the browser's zone).
  await expect(page.getByRole('list', { name: 'Upcoming exceptions' })).toContainText('Jul 1, 2031');

  await exception.getByLabel('From').fill('2031-07-05T09:00');
  await exception.getByLabel('Until').fill('2031-07-10T17:00');
  await exception.getByLabel('Reason').fill('Conference');
  await exception.getByRole('button', { name: 'Add exception' }).click();
  await expect(page.locator('#exception-start-error')).toContainText('overlaps another exception');
  await expect(page.getByRole('list', { name: 'Upcoming exceptions' })).not.toContainText('Conference');

  const offered = page.getByRole('form', { name: 'Visit types offered' });
  await offered.getByLabel('Long consultation').check();
  await offered.getByRole('button', { name: 'Save visit types' }).click();
  await expect(offered.getByRole('status').filter({ hasText: 'Visit types saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Visit types offered' }).getByLabel('Long consultation')).toBeChecked();
});

test('the admin deactivates a clinician, who can no longer act in the clinic, then restores them', async ({ browser }) => {
  const page = adminPage;
  await page.goto('/admin/staff');
  await page.getByLabel('Email address').fill(clinicianEmail);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${clinicianEmail}` })).toBeVisible();
  const doc = await joinFromMail(browser, clinicianEmail, 'Dev Doctor', new RegExp(`invited to join ${clinicName}`));
  await expect(doc).toHaveURL(/\/clinician$/);

  await page.reload();
  const row = page.getByRole('table', { name: 'Staff of this clinic' }).getByRole('row').filter({ hasText: clinicianEmail });
  await row.getByRole('button', { name: 'Deactivate Dev Doctor' }).click();
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Deactivate Dev Doctor' }).click();
  await expect(row.getByRole('button', { name: 'Confirm deactivation of Dev Doctor' })).toBeFocused();
  await row.getByRole('button', { name: 'Confirm deactivation of Dev Doctor' }).click();
  await expect(row).toContainText('Deactivated');

  // Their session stays, but the role is gone: the clinician area answers 404 and the API shows no role.
  expect((await doc.goto('/clinician'))?.status()).toBe(404);
  const me = (await (await doc.request.get('/api/v1/me')).json()) as { memberships: unknown[]; active: unknown };
  expect(me).toMatchObject({ memberships: [], active: null });

  // The admin cannot deactivate themself out of the last admin seat.
  const self = page.getByRole('table', { name: 'Staff of this clinic' }).getByRole('row').filter({ hasText: adminEmail });
  await self.getByRole('button', { name: 'Deactivate Lena Lake' }).click();
  await self.getByRole('button', { name: 'Confirm deactivation of Lena Lake' }).click();
  await expect(self).toContainText('at least one active clinic admin');
  await expect(self.getByRole('button', { name: 'Deactivate Lena Lake' })).toBeVisible();

  await row.getByRole('button', { name: 'Reactivate Dev Doctor' }).click();
  await expect(row).toContainText('Active');
  // Restored, the role is theirs again on the next request, without signing in again.
  const after = (await (await doc.request.get('/api/v1/me')).json()) as { memberships: { role: string }[]; active: { role: string } };
  expect(after.memberships.map((m) => m.role)).toEqual(['clinician']);
  expect(after.active.role).toBe('clinician');
  expect((await doc.goto('/clinician'))?.status()).toBe(200);
  await doc.context().close();

  // Every change is in the clinic's audit trail, attributed to the admin.
  await page.goto('/admin/audit?action=staff.');
  const table = page.getByRole('table', { name: 'Audit events, newest first' });
  await expect(table).toContainText('staff.reactivate');
  await expect(table).toContainText('staff.deactivate');
  await expect(table.getByRole('row').filter({ hasText: 'staff.deactivate' }).first()).toContainText('Lena Lake');
});
