import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { demoPassword } from '../support/credentials';
import { waitForMail } from '../support/inbox';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { stableUuid } from '../../../src/db/seed/stable-id';

/**
 * Stripe's hosted pages are played by the local peer (tests/peers/stripe-server.mjs): pressing its button posts
 * the signed webhook events to the platform, as Stripe would, then redirects back. Harbor Pediatrics starts on
 * Starter; the steps depend on each other (upgrade, connect, then a paid visit), so they run in order.
 */
const HARBOR = stableUuid('clinic:harbor');
const DR_SHAH = stableUuid('user:dr.shah@harbor.example');
const FOLLOW_UP = stableUuid('harbor:visit-type:follow_up');
const stripeHost = `127.0.0.1:${process.env.CLINIXAI_E2E_STRIPE_PORT}`;

test.use({ redirectHosts: [stripeHost] });
test.describe.configure({ mode: 'serial' });

test('a clinic admin upgrades to Pro through Stripe Checkout and connects Stripe for visit payments', async ({ page }) => {
  await signInWithForm(page, 'admin@harbor.example', demoPassword());
  await page.goto('/admin/billing');
  await expect(page.getByRole('heading', { level: 1, name: 'Subscription & payments' })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('Starter');
  await expect(page.getByText('1 of 2')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // A bad seat count names the field and stays here.
  await page.getByLabel('Clinician seats').fill('0');
  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await expect(page.getByText('At least 1 seat.')).toBeVisible();

  await page.getByLabel('Yearly (two months free)').check();
  await page.getByLabel('Clinician seats').fill('3');
  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await expect(page).toHaveURL(new RegExp(`^http://${stripeHost}/checkout/`));
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page).toHaveURL(/\/admin\/billing\?checkout=success$/);
  await expect(page.getByRole('definition').first()).toHaveText(/^Pro\s*Active$/);
  await expect(page.getByText('1 of 3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upgrade to Pro' })).toHaveCount(0);

  // The webhook endpoint answers 400 to anything Stripe did not sign.
  const unsigned = await page.request.post('/api/webhooks/stripe', { data: { id: 'evt_forged', type: 'customer.subscription.deleted' } });
  expect(unsigned.status()).toBe(400);
  const forged = await page.request.post('/api/webhooks/stripe', { data: '{}', headers: { 'stripe-signature': 't=1,v1=00' } });
  expect(forged.status()).toBe(400);

  const summary = await page.request.get(`/api/v1/clinics/${HARBOR}/billing`);
  expect(await summary.json()).toMatchObject({ enabled: true, plan: 'pro', status: 'active', seats: 3, seatsUsed: 1, cancelAtPeriodEnd: false });

  // Online payment cannot be required before the Stripe account is connected.
  await page.getByLabel('Require payment when patients book online').check();
  await page.getByRole('button', { name: 'Save payment setting' }).click();
  await expect(page.getByText(/Connect the clinic's Stripe account first/)).toBeVisible();

  await page.getByRole('button', { name: 'Connect Stripe' }).click();
  await expect(page).toHaveURL(new RegExp(`^http://${stripeHost}/connect/acct_`));
  await page.getByRole('button', { name: 'Finish onboarding' }).click();
  await expect(page).toHaveURL(/\/admin\/billing\?connect=done$/);
  await expect(page.getByText(/Your Stripe account is connected/)).toBeVisible();
  await page.getByLabel('Require payment when patients book online').check();
  await page.getByRole('button', { name: 'Save payment setting' }).click();
  await expect(page.getByText('Patients now pay online when they book.')).toBeVisible();
});

test('a patient books a paid visit, pays through Checkout, and the visit is confirmed with a receipt', async ({ page, baseURL }) => {
  const { email, password } = await createConfirmedAccount(page, 'paying');
  await signInWithForm(page, email, password);
  await page.goto('/onboarding');
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Harbor Pediatrics, Bristol' });
  await page.getByLabel('Date of birth').fill('1990-03-02');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page).toHaveURL(/\/patient\/chart$/);

  const from = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
  const slots = await page.request.get(`/api/v1/clinics/${HARBOR}/slots?${new URLSearchParams({ clinicianId: DR_SHAH, visitTypeId: FOLLOW_UP, from, to })}`);
  expect(slots.status()).toBe(200);
  const [slot] = ((await slots.json()) as { slots: { start: string }[] }).slots;
  const booked = await page.request.post('/api/v1/appointments', { data: { clinicId: HARBOR, clinicianId: DR_SHAH, visitTypeId: FOLLOW_UP, start: slot!.start }, headers: { origin: baseURL! } });
  expect(booked.status()).toBe(201);
  // The booking answer says the visit is held until paid, and where to pay.
  expect(await booked.json()).toMatchObject({ status: 'booked', payment: { required: true, payUrl: '/patient/payments' } });

  await page.goto('/patient/payments');
  await expect(page.getByText('Due now')).toBeVisible();
  await expect(page.getByText(/Your visit is held until/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Pay £65.00' }).click();
  await expect(page).toHaveURL(new RegExp(`^http://${stripeHost}/checkout/`));
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(/\/patient\/payments\?paid=/);
  await expect(page.getByText('Paid', { exact: true })).toBeVisible();
  await page.getByText('Receipt', { exact: true }).click();
  await expect(page.getByText('Receipt number')).toBeVisible();
  const receipt = await waitForMail(email, /payment receipt/);
  expect(receipt.text).toContain('£65.00');
  expect(receipt.text).toContain('Your visit is confirmed');
});
