import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { signInAs } from '../support/sign-in';
import { stableUuid } from '../../../src/db/seed/stable-id';

/**
 * The widgets each role's dashboard gained, on data this spec makes itself: a new patient joins Riverside, books
 * a visit with Dr. Lee and sends an intake that raises an emergency red flag; Dr. Lee then sees that visit at the
 * top of the red-flag widget, drafts its note and finds it among the notes to sign. Other specs change the demo
 * data at the same time, so everything else is checked by structure, not by counts.
 */
test.describe.configure({ mode: 'serial' });

const RIVERSIDE = stableUuid('clinic:riverside');
const DR_LEE = stableUuid('user:dr.lee@riverside.example');
const FOLLOW_UP = stableUuid('riverside:visit-type:follow_up');
let appointmentId = '';

test('a patient sees the next visit with its intake status and link, visit summaries and payments due', async ({ page, baseURL }) => {
  // A whole journey (sign-up by mail, joining, booking, intake): a longer hang guard.
  test.slow();
  const { email, password } = await createConfirmedAccount(page, 'dash-flag', 'Flagged Dashboard');
  await signInWithForm(page, email, password);
  await page.goto('/onboarding');
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Riverside Family Clinic, Albany' });
  await page.getByLabel('Date of birth').fill('1961-05-04');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page).toHaveURL(/\/patient\/chart$/);

  const from = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const slots = await page.request.get(`/api/v1/clinics/${RIVERSIDE}/slots?${new URLSearchParams({ clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from, to })}`);
  expect(slots.status()).toBe(200);
  const list = ((await slots.json()) as { slots: { start: string }[] }).slots;
  // A slot from the later half, so parallel specs booking the first free ones do not take it first.
  const slot = list[Math.floor(list.length / 2) + Math.floor(Math.random() * Math.floor(list.length / 3))]!;
  const booked = await page.request.post('/api/v1/appointments', { data: { clinicId: RIVERSIDE, clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, start: slot.start }, headers: { origin: baseURL! } });
  expect(booked.status()).toBe(201);
  appointmentId = ((await booked.json()) as { id: string }).id;

  await page.goto('/patient');
  const next = page.locator('[data-widget="next-visit"]');
  await expect(next.locator('[data-intake-status="not_started"]')).toContainText('Intake to do');
  await expect(page.locator('[data-widget="visits"]')).toContainText('No visit summaries yet');
  const payments = page.locator('[data-widget="payments"]');
  await expect(payments.getByRole('heading', { name: 'Payments due' })).toBeVisible();
  await expect(payments).toContainText('Nothing to pay.');
  await expectNoSeriousAccessibilityViolations(page);

  await next.getByRole('link', { name: 'Complete your intake' }).click();
  await expect(page).toHaveURL(new RegExp(`/patient/intake/${appointmentId}$`));
  await page.getByLabel('What is the main reason for your visit?').fill('Chest pain since this morning');
  await page.getByLabel('Any other symptoms?').fill('Short of breath and sweating.');
  await expect(page.getByTestId('emergency-guidance')).toBeVisible();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.goto('/patient');
  await expect(page.locator('[data-intake-status="draft"]')).toContainText('Intake started');
  await page.goto(`/patient/intake/${appointmentId}`);
  await page.getByRole('button', { name: 'Send to the clinic' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sent to the clinic' })).toBeVisible();
  await page.goto('/patient');
  await expect(page.locator('[data-intake-status="submitted"]')).toContainText('Intake sent');
});

test('the clinician sees the red-flag visit first, and a drafted note among the notes to sign', async ({ page, baseURL }) => {
  test.slow();
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician');
  const flags = page.locator('[data-widget="red-flags"]');
  const mine = flags.locator('li').filter({ has: page.locator(`a[href="/clinician/visits/${appointmentId}"]`) });
  await expect(mine).toHaveAttribute('data-red-flag', 'emergency');
  await expect(mine).toContainText('Emergency');
  // Emergencies come before urgent flags.
  const levels = await flags.locator('[data-red-flag]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-red-flag')));
  expect(levels).toEqual([...levels].sort());
  await expect(page.locator('[data-widget="unsigned-notes"]')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.goto(`/clinician/visits/${appointmentId}`);
  await page.getByLabel('Your findings and plan').fill('Chest pain: refer to the emergency department today.');
  await page.getByRole('button', { name: 'Draft note' }).click();
  await expect(page.getByLabel('Draft note').getByText('AI-drafted: review before signing')).toBeVisible();
  await page.goto('/clinician');
  const notes = page.locator('[data-widget="unsigned-notes"]');
  await expect(notes.getByText('Drafts waiting for your signature')).toBeVisible();
  await expect(notes.getByRole('link', { name: 'All notes to sign' })).toHaveAttribute('href', '/clinician/notes');
  // The draft is listed when it is among the oldest few; either way the count includes it.
  expect(Number(await notes.locator('.text-2xl').first().textContent())).toBeGreaterThan(0);
});

test('the clinic admin sees revenue and the subscription, and a clinician cannot open the admin figures', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin');
  const revenue = page.locator('[data-widget="revenue"]');
  await expect(revenue.getByRole('heading', { name: 'Revenue' })).toBeVisible();
  // Billing is on in this suite (the local Stripe peer): figures or the empty state, never the billing-off text.
  await expect(revenue).not.toContainText('Billing is switched off');
  const subscription = page.locator('[data-widget="subscription"]');
  await expect(subscription.getByText('Plan', { exact: true })).toBeVisible();
  await expect(subscription).toContainText('Pro');
  await expect(subscription.getByRole('link', { name: 'Subscription & payments' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const clinician = await page.context().browser()!.newPage();
  await signInAs(clinician, baseURL!, 'dr.lee@riverside.example');
  const denied = await clinician.goto('/admin');
  expect(denied?.status()).toBe(404);
  await expect(clinician.locator('[data-widget="revenue"]')).toHaveCount(0);
  await clinician.close();
});

test('the platform admin’s overview, plans and health pages render aggregate figures; others get 404', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'platform@clinixai.example');
  await page.goto('/platform');
  await expect(page.getByRole('heading', { level: 1, name: 'Platform overview' })).toBeVisible();
  for (const name of ['Clinics', 'Users by role', 'Sign-ups in the last 30 days', 'Plan mix', 'Job queues', 'Audit trail']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('[data-chart="signups"] .recharts-surface')).toBeVisible();
  await expect(page.locator('[data-section="plans"] [data-plan="pro"]')).toBeVisible();
  await expect(page.locator('[data-queue="notifications"]')).toContainText('Pending');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  for (const plan of ['starter', 'pro', 'local']) await expect(page.locator(`[data-plan="${plan}"]`)).toBeVisible();
  await expect(page.locator('[data-plan="pro"]')).toContainText('clinixai_pro_seat_monthly');
  expect(Number(await page.locator('[data-plan="pro"] [data-plan-clinics]').textContent())).toBeGreaterThanOrEqual(1);
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Health', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'System health' })).toBeVisible();
  await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine', 'pglite');
  await expect(page.locator('[data-migrations]')).toHaveAttribute('data-migrations', 'current');
  await expect(page.locator('[data-sweep="accounts-and-exports"]')).not.toContainText('Not run');
  await expectNoSeriousAccessibilityViolations(page);

  const patient = await page.context().browser()!.newPage();
  await signInAs(patient, baseURL!, 'patient@riverside.example');
  for (const path of ['/platform', '/platform/plans', '/platform/health']) expect((await patient.goto(path))?.status()).toBe(404);
  await patient.close();
});
