import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { visitPayments } from '@/db/schema/billing';
import { clinicalNotes, intakeAlerts, intakes } from '@/db/schema/encounters';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { addMember, createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { redFlagVisitsOf, unsignedNotesOf } from './clinician-dashboard.repo';
import { intakeStatusOf, paymentsDueOf } from './patient-dashboard.repo';
import { readClinicStats } from './read-clinic-stats';

let handle: DatabaseHandle;
let a: TestClinic;
let b: TestClinic;
const now = new Date('2026-06-01T12:00:00Z');
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * 3600_000);

/** One visit of 30 minutes; the exclusion constraint needs distinct times per clinician. */
async function visit(clinic: TestClinic, startsAt: Date, options: { clinicianUserId?: string; patientId?: string; status?: 'booked' | 'completed' | 'cancelled' } = {}) {
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  const [row] = await handle.db
    .insert(appointments)
    .values({ clinicId: clinic.clinicId, patientId: options.patientId ?? clinic.patientId, clinicianUserId: options.clinicianUserId ?? clinic.clinician.userId, visitTypeId: clinic.visitTypeId, startsAt, endsAt, blockedFrom: startsAt, blockedUntil: endsAt, status: options.status ?? 'booked' })
    .returning({ id: appointments.id });
  return row!.id;
}

async function flag(clinic: TestClinic, appointmentId: string, alerts: { ruleId: string; urgency: 'emergency' | 'urgent' | 'routine' }[], patientId = clinic.patientId) {
  const [intake] = await handle.db.insert(intakes).values({ clinicId: clinic.clinicId, patientId, appointmentId, status: 'submitted', submittedAt: now }).returning({ id: intakes.id });
  if (alerts.length) await handle.db.insert(intakeAlerts).values(alerts.map((alert) => ({ clinicId: clinic.clinicId, patientId, appointmentId, intakeId: intake!.id, ...alert })));
}

async function note(clinic: TestClinic, appointmentId: string, status: 'draft' | 'signed', patientId = clinic.patientId) {
  await handle.db.insert(clinicalNotes).values({ clinicId: clinic.clinicId, patientId, appointmentId, status, sections: {}, draftedBy: 'deterministic engine', ...(status === 'signed' ? { signedAt: now } : {}) });
}

async function payment(clinic: TestClinic, appointmentId: string, values: { status: 'pending_payment' | 'paid' | 'refunded' | 'expired'; amountMinor: number; holdExpiresAt?: Date; paidAt?: Date; refundedAt?: Date; patientId?: string }) {
  await handle.db.insert(visitPayments).values({ clinicId: clinic.clinicId, appointmentId, patientId: values.patientId ?? clinic.patientId, status: values.status, amountMinor: values.amountMinor, currency: 'usd', platformFeeMinor: Math.round(values.amountMinor * 0.03), holdExpiresAt: values.holdExpiresAt ?? at(1), paidAt: values.paidAt, refundedAt: values.refundedAt });
}

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  a = await createTestClinic(handle.db, { slug: 'widgets-a', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
  b = await createTestClinic(handle.db, { slug: 'widgets-b', timeZone: 'UTC', hours: [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }] });
});

afterAll(async () => {
  for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']) delete process.env[name];
  resetEnvCache();
  await handle?.close();
});

describe('clinician: red flags and unsigned notes', () => {
  it('lists the clinician’s own visits from today on with emergency or urgent flags, emergency first', async () => {
    const urgentSoon = await visit(a, at(2));
    const emergencyLater = await visit(a, at(26));
    await flag(a, urgentSoon, [{ ruleId: 'weight-loss', urgency: 'urgent' }]);
    await flag(a, emergencyLater, [{ ruleId: 'chest-pain', urgency: 'emergency' }, { ruleId: 'weight-loss', urgency: 'urgent' }]);
    // Not shown: routine only, in the past, cancelled, another clinician's, another clinic's.
    await flag(a, await visit(a, at(4)), [{ ruleId: 'routine-thing', urgency: 'routine' }]);
    await flag(a, await visit(a, at(-48), { status: 'completed' }), [{ ruleId: 'chest-pain', urgency: 'emergency' }]);
    await flag(a, await visit(a, at(6), { status: 'cancelled' }), [{ ruleId: 'chest-pain', urgency: 'emergency' }]);
    const colleague = await addMember(handle.db, a.clinicId, 'clinician', 'Dr Other');
    await flag(a, await visit(a, at(2), { clinicianUserId: colleague.userId }), [{ ruleId: 'chest-pain', urgency: 'emergency' }]);
    await flag(b, await visit(b, at(3)), [{ ruleId: 'chest-pain', urgency: 'emergency' }]);

    const rows = await redFlagVisitsOf(a.clinicId, a.clinician.userId, now);
    expect(rows.map((r) => [r.appointmentId, r.urgency])).toEqual([[emergencyLater, 'emergency'], [urgentSoon, 'urgent']]);
    expect([...rows[0]!.ruleIds].sort()).toEqual(['chest-pain', 'weight-loss']);
    expect(rows[0]).toMatchObject({ unacknowledged: 2, patientName: expect.stringContaining('Patient') });
    // The other clinic's clinician sees only their own clinic's flag.
    expect(await redFlagVisitsOf(b.clinicId, b.clinician.userId, now)).toHaveLength(1);
    expect(await redFlagVisitsOf(b.clinicId, a.clinician.userId, now)).toEqual([]);
  });

  it('counts the clinician’s draft notes and lists the oldest visits first; signed and others’ notes are left out', async () => {
    const old = await visit(a, at(-100), { status: 'completed' });
    const recent = await visit(a, at(-30), { status: 'completed' });
    await note(a, recent, 'draft');
    await note(a, old, 'draft');
    await note(a, await visit(a, at(-60), { status: 'completed' }), 'signed');
    await note(b, await visit(b, at(-100), { status: 'completed' }), 'draft');
    const drafts = await unsignedNotesOf(a.clinicId, a.clinician.userId);
    expect(drafts.count).toBe(2);
    expect(drafts.oldest.map((n) => n.appointmentId)).toEqual([old, recent]);
    expect((await unsignedNotesOf(a.clinicId, b.clinician.userId)).count).toBe(0);
    expect((await unsignedNotesOf(b.clinicId, b.clinician.userId)).count).toBe(1);
  });
});

describe('patient: intake status and payments due', () => {
  it('reads the intake status of the patient’s own visit only', async () => {
    const mine = await visit(a, at(50));
    expect(await intakeStatusOf(a.clinicId, a.patient.userId, mine)).toBeNull();
    await handle.db.insert(intakes).values({ clinicId: a.clinicId, patientId: a.patientId, appointmentId: mine, status: 'draft' });
    expect(await intakeStatusOf(a.clinicId, a.patient.userId, mine)).toBe('draft');
    // Someone else asking about this visit, or the same visit through another clinic, finds nothing.
    expect(await intakeStatusOf(a.clinicId, b.patient.userId, mine)).toBeNull();
    expect(await intakeStatusOf(b.clinicId, a.patient.userId, mine)).toBeNull();
  });

  it('lists visits held for payment whose hold has not expired, soonest due first, for this patient in this clinic', async () => {
    const later = await visit(a, at(70));
    const sooner = await visit(a, at(72));
    await payment(a, later, { status: 'pending_payment', amountMinor: 6500, holdExpiresAt: at(0.25) });
    await payment(a, sooner, { status: 'pending_payment', amountMinor: 4000, holdExpiresAt: at(0.1) });
    await payment(a, await visit(a, at(74)), { status: 'pending_payment', amountMinor: 1000, holdExpiresAt: at(-0.1) });
    await payment(a, await visit(a, at(76)), { status: 'paid', amountMinor: 1000, paidAt: now });
    await payment(a, await visit(a, at(78), { patientId: a.otherPatientId }), { status: 'pending_payment', amountMinor: 2000, patientId: a.otherPatientId });
    await payment(b, await visit(b, at(70)), { status: 'pending_payment', amountMinor: 3000 });

    const due = await paymentsDueOf(a.clinicId, a.patient.userId, now);
    expect(due.map((p) => [p.appointmentId, p.amountMinor])).toEqual([[sooner, 4000], [later, 6500]]);
    expect(due[0]).toMatchObject({ visitTypeName: 'Visit', currency: 'usd' });
    expect(await paymentsDueOf(b.clinicId, a.patient.userId, now)).toEqual([]);
  });
});

describe('clinic admin: revenue and subscription', () => {
  it('sums collected and refunded visit payments per clinic-local day only when billing is on', async () => {
    const off = await readClinicStats(a.admin, { from: '2026-05-25', to: '2026-06-01' }, now);
    expect(off.revenue).toBeNull();
    expect(off.subscription).toMatchObject({ billingEnabled: false, plan: 'local' });

    Object.assign(process.env, { STRIPE_SECRET_KEY: 'sk_test_dashboards', STRIPE_WEBHOOK_SECRET: 'whsec_dashboards' });
    resetEnvCache();
    await payment(a, await visit(a, at(-120), { status: 'completed' }), { status: 'paid', amountMinor: 10000, paidAt: new Date('2026-05-28T10:00:00Z') });
    await payment(a, await visit(a, at(-122), { status: 'completed' }), { status: 'refunded', amountMinor: 5000, paidAt: new Date('2026-05-28T11:00:00Z'), refundedAt: new Date('2026-05-30T09:00:00Z') });
    await payment(b, await visit(b, at(-120), { status: 'completed' }), { status: 'paid', amountMinor: 99900, paidAt: new Date('2026-05-28T10:00:00Z') });

    const on = await readClinicStats(a.admin, { from: '2026-05-25', to: '2026-06-01' }, now);
    expect(on.revenue?.currency).toBe('usd');
    expect(on.revenue?.perDay).toHaveLength(8);
    expect(on.revenue?.perDay.find((d) => d.day === '2026-05-28')).toMatchObject({ amount: 150, collected: '$150.00' });
    // With the $10.00 paid on 1 June in the test before: collected 100 + 50 + 10, fees 3%, the refund taken off.
    expect(on.revenue?.perDay.find((d) => d.day === '2026-06-01')).toMatchObject({ amount: 10 });
    expect(on.revenue?.totals).toEqual([{ currency: 'USD', payments: 3, collected: '$160.00', refunded: '$50.00', fees: '$4.80', net: '$105.20' }]);
    expect(on.subscription).toMatchObject({ billingEnabled: true, plan: 'starter', status: null, pastDue: false });
  });

  it('refuses the figures to a clinician, and another clinic’s admin never sees this clinic’s money', async () => {
    await expect(readClinicStats(a.clinician, {}, now)).rejects.toMatchObject({ code: 'forbidden' });
    const other = await readClinicStats(b.admin, { from: '2026-05-25', to: '2026-06-01' }, now);
    expect(other.revenue?.totals).toEqual([expect.objectContaining({ collected: '$999.00', payments: 1 })]);
  });
});
