import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { inviteStaff } from '@/server/clinics/invite-staff';
import { addMember, createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { startStripeServer } from '../../../tests/peers/stripe-server.mjs';
import { getBillingSummary } from './get-billing-summary';
import { getPastDueNotice } from './get-past-due-notice';
import { openBillingPortal } from './open-billing-portal';
import { handleStripeWebhook } from './handle-stripe-webhook';
import { startSubscriptionCheckout } from './start-subscription-checkout';

const SECRET = `whsec_${randomBytes(16).toString('hex')}`;
let handle: DatabaseHandle;
let clinic: TestClinic;
let other: TestClinic;
let peer: Awaited<ReturnType<typeof startStripeServer>>;
let hook: http.Server;

const signed = (event: object, options: { secret?: string; timestamp?: number } = {}) => {
  const payload = JSON.stringify(event);
  return { payload, header: Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? SECRET, timestamp: options.timestamp }) };
};
let seq = 0;
const eventOf = (type: string, object: object, created: number) => ({ id: `evt_test_${++seq}_${randomBytes(4).toString('hex')}`, object: 'event', type, created, data: { object } });
const deliver = async (event: object) => {
  const { payload, header } = signed(event);
  return handleStripeWebhook(payload, header);
};
const subscription = (clinicId: string, status: string, seats: number, extra: object = {}) => ({
  id: `sub_${clinicId.slice(0, 8)}`,
  object: 'subscription',
  customer: `cus_${clinicId.slice(0, 8)}`,
  status,
  cancel_at_period_end: false,
  metadata: { clinicId },
  items: { object: 'list', data: [{ id: 'si_1', quantity: seats, price: { id: 'price_1', recurring: { interval: 'month' } }, current_period_end: 1_900_000_000 }] },
  ...extra,
});
const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  // The peer posts the events of its hosted pages here, as Stripe would post them to the platform.
  hook = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handleStripeWebhook(Buffer.concat(chunks).toString('utf8'), String(req.headers['stripe-signature'] ?? '')).then((outcome) => {
        res.writeHead(outcome.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(outcome.body));
      });
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  peer = await startStripeServer({ webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`, webhookSecret: SECRET });
  Object.assign(process.env, { STRIPE_SECRET_KEY: 'sk_test_local_peer', STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_API_BASE: peer.url });
  resetEnvCache();
  clinic = await createTestClinic(handle.db, { slug: 'bill', timeZone: 'UTC', hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '17:00' })) });
  other = await createTestClinic(handle.db, { slug: 'bill-other', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '10:00' }] });
});

afterAll(async () => {
  for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE']) delete process.env[name];
  resetEnvCache();
  await peer?.close();
  await new Promise((resolve) => hook?.close(resolve));
  await handle?.close();
});

describe('the Stripe webhook', () => {
  it('answers 400 to a missing, invalid or expired signature and changes nothing', async () => {
    const event = eventOf('customer.subscription.created', subscription(clinic.clinicId, 'active', 9), 1000);
    const { payload } = signed(event);
    expect((await handleStripeWebhook(payload, null)).status).toBe(400);
    expect((await handleStripeWebhook(payload, signed(event, { secret: 'whsec_wrong' }).header)).status).toBe(400);
    expect((await handleStripeWebhook(payload, signed(event, { timestamp: Math.floor(Date.now() / 1000) - 301 }).header)).status).toBe(400);
    // A valid signature over another body does not verify this one.
    expect((await handleStripeWebhook(payload.replace('"active"', '"trialing"'), signed(event).header)).status).toBe(400);
    expect((await getBillingSummary(clinic.admin, clinic.clinicId)).plan).toBe('starter');
  });

  it('starter allows 2 clinicians: a third invitation is refused with an upgrade message', async () => {
    await addMember(handle.db, clinic.clinicId, 'clinician', 'Dr Two');
    const refused = await errorOf(inviteStaff(clinic.admin, { email: 'third@example.org', role: 'clinician' }, 'http://localhost'));
    expect(refused.code).toBe('conflict');
    expect(refused.fieldErrors?.role?.[0]).toMatch(/Starter plan allows 2 clinicians.*upgrade/i);
    // Clinic admins are not clinician seats.
    await inviteStaff(clinic.admin, { email: 'admin2@example.org', role: 'clinic_admin' }, 'http://localhost');
  });

  it('checkout goes to the hosted page; a valid subscription event makes the clinic Pro with its seats', async () => {
    const { url } = await startSubscriptionCheckout(clinic.admin, { interval: 'month', seats: 4 }, 'http://localhost');
    expect(url.startsWith(peer.url)).toBe(true);
    const created = await deliver(eventOf('customer.subscription.created', subscription(clinic.clinicId, 'active', 4), 2000));
    expect(created).toEqual({ status: 200, body: { received: true } });
    expect(await getBillingSummary(clinic.admin, clinic.clinicId)).toEqual({
      enabled: true,
      plan: 'pro',
      status: 'active',
      seats: 4,
      seatsUsed: 2,
      currentPeriodEnd: new Date(1_900_000_000 * 1000).toISOString(),
      cancelAtPeriodEnd: false,
    });
    await inviteStaff(clinic.admin, { email: 'third@example.org', role: 'clinician' }, 'http://localhost');
    // A second checkout is refused while subscribed; seats and plan change in the customer portal.
    expect((await errorOf(startSubscriptionCheckout(clinic.admin, { interval: 'year', seats: 2 }, 'http://localhost'))).code).toBe('conflict');
    expect((await openBillingPortal(clinic.admin, 'http://localhost')).url.startsWith(`${peer.url}/portal/`)).toBe(true);
    expect((await errorOf(openBillingPortal(clinic.clinician, 'http://localhost'))).code).toBe('forbidden');
    expect((await errorOf(startSubscriptionCheckout(clinic.admin, { interval: 'weekly', seats: 0 }, 'http://localhost'))).fieldErrors).toBeDefined();
  });

  it('an event replayed ten times is applied once', async () => {
    const event = eventOf('customer.subscription.updated', subscription(clinic.clinicId, 'active', 6), 3000);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(outcomes.every((o) => o.status === 200)).toBe(true);
    expect(outcomes.filter((o) => o.status === 200 && !o.body.duplicate)).toHaveLength(1);
    expect((await getBillingSummary(clinic.admin, clinic.clinicId)).seats).toBe(6);
    // The replay cannot undo a later change either.
    await deliver(eventOf('customer.subscription.updated', subscription(clinic.clinicId, 'active', 7), 3100));
    await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect((await getBillingSummary(clinic.admin, clinic.clinicId)).seats).toBe(7);
  });

  it('events arriving out of order never move the subscription back', async () => {
    await deliver(eventOf('customer.subscription.updated', subscription(clinic.clinicId, 'active', 8, { cancel_at_period_end: true }), 4000));
    await deliver(eventOf('customer.subscription.updated', subscription(clinic.clinicId, 'active', 5), 3500));
    await deliver(eventOf('invoice.payment_failed', { id: 'in_old', object: 'invoice', customer: `cus_${clinic.clinicId.slice(0, 8)}` }, 3600));
    const summary = await getBillingSummary(clinic.admin, clinic.clinicId);
    expect([summary.seats, summary.status, summary.cancelAtPeriodEnd]).toEqual([8, 'active', true]);
    await deliver(eventOf('customer.subscription.deleted', subscription(other.clinicId, 'canceled', 1), 5000));
    await deliver(eventOf('customer.subscription.updated', subscription(other.clinicId, 'active', 1), 5000));
    expect((await getBillingSummary(other.admin, other.clinicId)).plan).toBe('starter');
  });

  it('past due keeps Pro for 14 days, then starter limits apply; payment restores it', async () => {
    await deliver(eventOf('invoice.payment_failed', { id: 'in_1', object: 'invoice', customer: `cus_${clinic.clinicId.slice(0, 8)}` }, 6000));
    expect((await getBillingSummary(clinic.admin, clinic.clinicId)).status).toBe('past_due');
    const pastDueSince = new Date(6000 * 1000);
    const day = 86_400_000;
    await inviteStaff(clinic.admin, { email: 'fourth@example.org', role: 'clinician' }, 'http://localhost', new Date(pastDueSince.getTime() + 13 * day));
    expect(await getPastDueNotice(clinic.admin, new Date(pastDueSince.getTime() + 13 * day))).toEqual({ graceEndsAt: new Date(pastDueSince.getTime() + 14 * day).toISOString(), onStarterLimits: false });
    expect(await getPastDueNotice(clinic.admin, new Date(pastDueSince.getTime() + 15 * day))).toMatchObject({ onStarterLimits: true });
    expect(await getPastDueNotice(clinic.clinician, new Date(pastDueSince.getTime() + 13 * day))).toBeNull();
    const refused = await errorOf(inviteStaff(clinic.admin, { email: 'fifth@example.org', role: 'clinician' }, 'http://localhost', new Date(pastDueSince.getTime() + 15 * day)));
    expect(refused.code).toBe('conflict');
    await deliver(eventOf('invoice.paid', { id: 'in_1', object: 'invoice', customer: `cus_${clinic.clinicId.slice(0, 8)}` }, 6100));
    expect((await getBillingSummary(clinic.admin, clinic.clinicId)).status).toBe('active');
  });

  it('unknown events are acknowledged; the summary is for the clinic admin only (404 otherwise)', async () => {
    expect((await deliver(eventOf('customer.tax_id.created', { id: 'txi_1' }, 7000))).status).toBe(200);
    expect((await errorOf(getBillingSummary(clinic.clinician, clinic.clinicId))).code).toBe('not_found');
    expect((await errorOf(getBillingSummary(other.admin, clinic.clinicId))).code).toBe('not_found');
    expect((await errorOf(getBillingSummary(clinic.patient, clinic.clinicId))).code).toBe('not_found');
  });
});
