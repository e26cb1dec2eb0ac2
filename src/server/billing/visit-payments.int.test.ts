import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { notificationJobs } from '@/db/schema/notifications';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { bookAppointment } from '@/server/scheduling/book-appointment';
import { changeAppointment } from '@/server/scheduling/change-appointment';
import { getAppointment } from '@/server/scheduling/get-appointment';
import { createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { startStripeServer } from '../../../tests/peers/stripe-server.mjs';
import { expirePaymentHolds } from './expire-payment-holds';
import { handleStripeWebhook } from './handle-stripe-webhook';
import { listMyPayments } from './list-my-payments';
import { startConnectOnboarding } from './start-connect-onboarding';
import { startVisitPayment } from './start-visit-payment';
import { updatePaymentSettings } from './update-payment-settings';

const SECRET = `whsec_${randomBytes(16).toString('hex')}`;
// A Wednesday noon; the clinic works Thursdays and Fridays 09:00-17:00 UTC.
const NOW = new Date('2026-06-10T12:00:00Z');
const MINUTE = 60_000;
let handle: DatabaseHandle;
let clinic: TestClinic;
let peer: Awaited<ReturnType<typeof startStripeServer>>;
let hook: http.Server;

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const book = (start: string, at = NOW) => bookAppointment(clinic.patient, { clinicId: clinic.clinicId, clinicianId: clinic.clinician.userId, visitTypeId: clinic.visitTypeId, start }, at);
/** The patient presses Pay on the peer's hosted Checkout page: it posts the signed event back, then redirects. */
const payOnHostedPage = async (url: string) => {
  const response = await fetch(url, { method: 'POST', redirect: 'manual' });
  expect(response.status).toBe(303);
};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
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
  clinic = await createTestClinic(handle.db, { slug: 'paid', timeZone: 'UTC', hours: [4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '17:00' })) });
});

afterAll(async () => {
  for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE']) delete process.env[name];
  resetEnvCache();
  await peer?.close();
  await new Promise((resolve) => hook?.close(resolve));
  await handle?.close();
});

describe('visit payments', () => {
  it('without a connected account the clinic cannot require payment, and bookings are paid at the desk', async () => {
    const refused = await errorOf(updatePaymentSettings(clinic.admin, { requirePaymentAtBooking: true }));
    expect(refused.fieldErrors?.requirePaymentAtBooking?.[0]).toMatch(/Connect the clinic's Stripe account/);
    await book('2026-06-11T09:00:00Z');
    expect(await listMyPayments(clinic.patient)).toEqual([]);
    // Paid at the desk: the booking is confirmed at once.
    const confirmations = (await latestOutboxMessages(10)).filter((m) => m.toAddress === clinic.patient.email && m.textBody.includes('Thu, Jun 11, 2026'));
    expect(confirmations.map((m) => m.subject)).toEqual(['Your visit at Clinic paid is booked']);
    expect((await errorOf(updatePaymentSettings(clinic.patient, { requirePaymentAtBooking: false }))).code).toBe('forbidden');
  });

  it('Connect onboarding by redirect; account.updated enables charges; the clinic then requires payment', async () => {
    const { url } = await startConnectOnboarding(clinic.admin, 'http://localhost');
    expect(url.startsWith(`${peer.url}/connect/acct_`)).toBe(true);
    const finish = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect(finish.headers.get('location')).toBe('http://localhost/admin/billing?connect=done');
    expect(await updatePaymentSettings(clinic.admin, { requirePaymentAtBooking: true })).toEqual({ requirePaymentAtBooking: true });
  });

  it('a patient booking holds the slot; paying confirms it as a destination charge with the platform fee and emails a receipt', async () => {
    const visit = await book('2026-06-18T10:00:00Z');
    // The patient is told the visit is held until paid, with the deadline, and not that it is booked.
    const mailsAbout = async (day: string) => (await latestOutboxMessages(50)).filter((m) => m.toAddress === clinic.patient.email && m.textBody.includes(day));
    const held = await mailsAbout('Thu, Jun 18, 2026');
    expect(held.map((m) => m.subject)).toEqual(['Your visit at Clinic paid is held until you pay']);
    expect(held[0]!.textBody).toContain('held for you until Wed, Jun 10, 2026, 12:15 PM UTC (UTC)');
    expect(held[0]!.textBody).toContain('It is not confirmed yet.');
    // In the app too: held, not booked.
    const notices = await handle.db.select().from(notificationJobs).where(and(eq(notificationJobs.userId, clinic.patient.userId), eq(notificationJobs.event, 'appointment.booked')));
    expect(notices.filter((job) => job.dedupeKey.includes(visit.id)).map((job) => [job.title, job.link])).toEqual([['Your visit at Clinic paid is held until you pay', '/patient/payments']]);
    const [due] = await listMyPayments(clinic.patient);
    expect(due).toMatchObject({ status: 'pending_payment', amount: '$10.00', holdExpiresAt: new Date(NOW.getTime() + 15 * MINUTE).toISOString() });
    // The held slot is taken.
    expect((await errorOf(book('2026-06-18T10:00:00Z'))).code).toBe('slot_taken');

    const { url } = await startVisitPayment(clinic.patient, { paymentId: due!.id }, 'http://localhost', NOW);
    const session = [...peer.state.sessions.values()].find((s) => s.url === url)!;
    expect(session.payment_intent_data).toMatchObject({ application_fee_amount: '30', transfer_data: { destination: expect.stringMatching(/^acct_/) } });
    await payOnHostedPage(url);

    const [paid] = await listMyPayments(clinic.patient);
    expect(paid?.status).toBe('paid');
    expect((await getAppointment(clinic.patient, visit.id)).status).toBe('booked');
    // Paid visits are not swept.
    expect(await expirePaymentHolds(new Date(NOW.getTime() + 60 * MINUTE))).toEqual({ expired: 0 });
    const mails = await latestOutboxMessages(5);
    expect(mails.some((m) => m.subject === 'Your ClinixAI payment receipt' && m.toAddress === clinic.patient.email)).toBe(true);
    // Paid: now the normal confirmation follows, once.
    expect((await mailsAbout('Thu, Jun 18, 2026')).map((m) => m.subject).sort()).toEqual(['Your visit at Clinic paid is booked', 'Your visit at Clinic paid is held until you pay']);

    // Cancelling inside the policy refunds it automatically.
    await changeAppointment(clinic.patient, visit.id, { status: 'cancelled' }, new Date(NOW.getTime() + 5 * MINUTE));
    expect((peer.state.refunds as { payment_intent: string }[]).map((r) => r.payment_intent)).toEqual([session.payment_intent]);
    expect((await listMyPayments(clinic.patient)).find((p) => p.id === paid!.id)?.status).toBe('refunded');
  });

  it('an unpaid hold expires after 15 minutes (DB-driven sweep), cancelling the visit and freeing the slot', async () => {
    const visit = await book('2026-06-12T09:00:00Z');
    const payment = (await listMyPayments(clinic.patient)).find((p) => p.status === 'pending_payment')!;
    expect(await expirePaymentHolds(new Date(NOW.getTime() + 14 * MINUTE))).toEqual({ expired: 0 });
    expect(await expirePaymentHolds(new Date(NOW.getTime() + 15 * MINUTE))).toEqual({ expired: 1 });
    expect((await getAppointment(clinic.patient, visit.id)).status).toBe('cancelled');
    expect((await listMyPayments(clinic.patient)).find((p) => p.id === payment.id)?.status).toBe('expired');
    // Never told it was booked.
    expect((await latestOutboxMessages(50)).some((m) => m.textBody.includes('Fri, Jun 12, 2026') && m.subject.endsWith('is booked'))).toBe(false);
    expect((await latestOutboxMessages(3)).some((m) => m.subject === 'Your visit was not confirmed' && m.toAddress === clinic.patient.email)).toBe(true);
    expect((await errorOf(startVisitPayment(clinic.patient, { paymentId: payment.id }, 'http://localhost', new Date(NOW.getTime() + 16 * MINUTE)))).code).toBe('conflict');
    // The slot is free again.
    const again = await book('2026-06-12T09:00:00Z', new Date(NOW.getTime() + 16 * MINUTE));
    expect(again.status).toBe('booked');
  });

  it('checkout.session.expired releases the hold; a payment completed after expiry is refunded, never confirmed', async () => {
    const visit = await book('2026-06-19T09:00:00Z');
    const payment = (await listMyPayments(clinic.patient)).find((p) => p.status === 'pending_payment')!;
    const { url } = await startVisitPayment(clinic.patient, { paymentId: payment.id }, 'http://localhost', NOW);
    const session = [...peer.state.sessions.values()].find((s) => s.url === url)!;
    expect(await peer.sendEvent('checkout.session.expired', { ...session, status: 'expired' })).toBe(200);
    expect((await getAppointment(clinic.patient, visit.id)).status).toBe('cancelled');
    // The patient pays on a page left open anyway: the money goes back.
    await payOnHostedPage(url);
    expect((await listMyPayments(clinic.patient)).find((p) => p.id === payment.id)?.status).toBe('expired');
    expect((peer.state.refunds as { payment_intent: string }[]).map((r) => r.payment_intent)).toContain(session.payment_intent);
    expect((await getAppointment(clinic.patient, visit.id)).status).toBe('cancelled');
  });

  it('sweeps running at once release each due hold exactly once (SKIP LOCKED)', async () => {
    await Promise.all(['2026-06-25T09:00:00Z', '2026-06-25T10:00:00Z', '2026-06-25T11:00:00Z'].map((start) => book(start)));
    const later = new Date(NOW.getTime() + 20 * MINUTE);
    const results = await Promise.all([expirePaymentHolds(later), expirePaymentHolds(later), expirePaymentHolds(later)]);
    expect(results.reduce((sum, r) => sum + r.expired, 0)).toBe(3);
  });

  it('another patient cannot pay or see someone else\'s payment', async () => {
    const [mine] = await listMyPayments(clinic.patient);
    expect((await errorOf(startVisitPayment(clinic.admin, { paymentId: mine!.id }, 'http://localhost', NOW))).code).toBe('not_found');
    expect((await errorOf(startVisitPayment(clinic.patient, { paymentId: 'nope' }, 'http://localhost', NOW))).code).toBe('validation_failed');
  });
});
