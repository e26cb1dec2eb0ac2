import type { Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

// One account's layout is shared by these tests (and another run may have left one): run them one after another.
test.describe.configure({ mode: 'default' });

const widgetOrder = (page: Page) => page.locator('[data-widget]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-widget')));

async function consent(page: Page, choice: 'Accept all' | 'Reject all') {
  await page.goto('/');
  await page.getByRole('button', { name: choice }).click();
}

async function customise(page: Page, steps: { label: string; action: 'up' | 'hide' }[], saved: RegExp) {
  await page.getByRole('button', { name: 'Customise dashboard' }).click();
  for (const step of steps) {
    await page.getByRole('button', { name: step.action === 'up' ? `Move ${step.label} up` : `Hide ${step.label}` }).click();
    await expect(page.getByRole('status').filter({ hasText: saved })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Done' }).click();
}

async function reset(page: Page) {
  await page.getByRole('button', { name: 'Customise dashboard' }).click();
  await page.getByRole('button', { name: 'Reset to default' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Layout saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
}

// `cookie` is the compact layout remembered on the device: the order, hidden widgets marked with "-".
const roles = [
  {
    email: 'patient@riverside.example',
    path: '/patient',
    steps: [{ label: 'Medications and allergies', action: 'up' as const }, { label: 'Latest visit summaries', action: 'hide' as const }],
    expected: ['next-visit', 'messages', 'medications', 'payments'],
    cookie: 'next-visit,messages,medications,-visits,payments',
  },
  {
    email: 'dr.lee@riverside.example',
    path: '/clinician',
    steps: [{ label: 'This week', action: 'up' as const }, { label: 'This week', action: 'up' as const }, { label: 'Inbox', action: 'hide' as const }],
    expected: ['red-flags', 'today', 'week', 'unsigned-notes'],
    cookie: 'red-flags,today,week,unsigned-notes,-inbox',
  },
  {
    email: 'admin@riverside.example',
    path: '/admin',
    steps: [{ label: 'Staff', action: 'up' as const }, { label: 'New patients', action: 'hide' as const }],
    expected: ['kpis', 'appointments-chart', 'utilisation', 'staff', 'revenue', 'subscription'],
    cookie: 'kpis,appointments-chart,utilisation,staff,-new-patients,revenue,subscription',
  },
];

for (const role of roles) {
  test(`${role.path}: widgets rearranged and hidden are remembered on the device with functional consent`, async ({ page, baseURL }) => {
    await consent(page, 'Accept all');
    await signInAs(page, baseURL!, role.email);
    await page.goto(role.path);
    await reset(page);
    await customise(page, role.steps, /Layout saved and remembered on this device/);
    expect(await widgetOrder(page)).toEqual(role.expected);
    await expectNoSeriousAccessibilityViolations(page);
    await page.reload();
    expect(await widgetOrder(page)).toEqual(role.expected);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'clinixai-ui');
    expect(Buffer.from(cookie?.value ?? '', 'base64url').toString('utf8')).toContain(role.cookie);
    await reset(page);
  });
}

test('without functional consent the layout is saved with the account only: nothing is written to the browser', async ({ page, baseURL, browser }) => {
  await consent(page, 'Reject all');
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient');
  await reset(page);
  await customise(page, [{ label: 'Messages', action: 'up' }], /Layout saved with your account/);
  expect(await widgetOrder(page)).toEqual(['messages', 'next-visit', 'visits', 'medications', 'payments']);
  expect((await page.context().cookies()).some((c) => c.name === 'clinixai-ui')).toBe(false);
  // Another browser (no cookie at all) gets the layout from the account.
  const elsewhere = await browser.newPage();
  await signInAs(elsewhere, baseURL!, 'patient@riverside.example');
  await elsewhere.goto('/patient');
  expect(await widgetOrder(elsewhere)).toEqual(['messages', 'next-visit', 'visits', 'medications', 'payments']);
  await reset(page);
});

test('the admin charts render from the demo data, with table fallbacks and a chosen range', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic overview' })).toBeVisible();
  const appointments = page.locator('[data-chart="appointments"]');
  await expect(appointments.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('[data-chart="utilisation"] .recharts-bar-rectangle').first()).toBeVisible();
  const widget = page.locator('[data-widget="appointments-chart"]');
  await widget.getByText('Show as a table').click();
  await expect(widget.getByRole('table', { name: 'Appointments per day' })).toBeVisible();
  expect(await widget.getByRole('row').count()).toBeGreaterThan(20);
  await expectNoSeriousAccessibilityViolations(page);

  // A range that cannot be shown falls back to the default with the reason.
  await page.goto('/admin?from=2020-01-01&to=2026-12-31');
  await expect(page.getByText(/That range could not be shown \(Ask for at most 366 days at a time\.\)/)).toBeVisible();
});
