import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { appointments, scheduleExceptions } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { bookAppointment } from './book-appointment';
import { changeAppointment } from './change-appointment';
import { getAppointment } from './get-appointment';
import { listAppointments } from './list-appointments';
import { listClinicians } from './list-clinicians';
import { listSlots } from './list-slots';
import { addMember, createTestClinic, deactivateMember, principalOf, type TestClinic } from './scheduling-fixtures.repo';

const NOW = new Date('2026-06-10T12:00:00Z'); // Wednesday 08:00 in New York
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: '09:00', endsAt: '17:00' }));
let handle: DatabaseHandle;
let ny: TestClinic;
let london: TestClinic;

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const book = (c: TestClinic, start: string, extra: Record<string, unknown> = {}, who = c.patient, now = NOW) =>
  bookAppointment(who, { clinicId: c.clinicId, clinicianId: c.clinician.userId, visitTypeId: c.visitTypeId, start, ...extra }, now);

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  ny = await createTestClinic(handle.db, { slug: 'ny', timeZone: 'America/New_York', hours: weekdays });
  london = await createTestClinic(handle.db, { slug: 'ldn', timeZone: 'Europe/London', hours: weekdays });
});

afterAll(async () => {
  await handle?.close();
});

describe('clinicians and slots', () => {
  it('lists the clinic\'s active clinicians with the active visit types they offer', async () => {
    const { clinicians } = await listClinicians(ny.patient, ny.clinicId);
    expect(clinicians).toEqual([{ id: ny.clinician.userId, name: 'Dr Test', visitTypeIds: [ny.visitTypeId] }]);
  });

  it('gives slots with the clinic offset, from the clinician\'s hours, for a patient', async () => {
    const { slots, timeZone } = await listSlots(ny.patient, ny.clinicId, { clinicianId: ny.clinician.userId, visitTypeId: ny.visitTypeId, from: '2026-06-11', to: '2026-06-11' }, NOW);
    expect(timeZone).toBe('America/New_York');
    expect(slots).toHaveLength(16);
    expect(slots[0]).toEqual({ start: '2026-06-11T09:00:00-04:00', end: '2026-06-11T09:30:00-04:00', clinicianId: ny.clinician.userId, visitTypeId: ny.visitTypeId });
  });

  it('answers 404 for another clinic, whatever the role, and audits the refusal', async () => {
    for (const who of [london.admin, london.patient, london.clinician]) {
      expect((await errorOf(listClinicians(who, ny.clinicId))).status).toBe(404);
      expect((await errorOf(listSlots(who, ny.clinicId, { clinicianId: ny.clinician.userId, visitTypeId: ny.visitTypeId, from: '2026-06-11', to: '2026-06-11' }, NOW))).status).toBe(404);
    }
    const denied = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, london.admin.userId), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
    // Another clinic's clinician or visit type inside one's own clinic is not found either.
    const foreign = await errorOf(listSlots(ny.patient, ny.clinicId, { clinicianId: london.clinician.userId, visitTypeId: ny.visitTypeId, from: '2026-06-11', to: '2026-06-11' }, NOW));
    expect(foreign.status).toBe(404);
    expect(foreign.fieldErrors?.clinicianId).toBeDefined();
  });

  it('names bad query fields', async () => {
    const bad = await errorOf(listSlots(ny.patient, ny.clinicId, { clinicianId: 'x', visitTypeId: ny.visitTypeId, from: 'yesterday', to: '2026-06-11' }, NOW));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['clinicianId', 'from']);
    const wide = await errorOf(listSlots(ny.patient, ny.clinicId, { clinicianId: ny.clinician.userId, visitTypeId: ny.visitTypeId, from: '2026-06-11', to: '2026-09-11' }, NOW));
    expect(Object.keys(wide.fieldErrors ?? {})).toEqual(['to']);
    const notOffered = await errorOf(listSlots(ny.patient, ny.clinicId, { clinicianId: ny.clinician.userId, visitTypeId: ny.notOfferedVisitTypeId, from: '2026-06-11', to: '2026-06-11' }, NOW));
    expect([notOffered.status, Object.keys(notOffered.fieldErrors ?? {})]).toEqual([422, ['visitTypeId']]);
  });
});

describe('booking', () => {
  it('a patient books for themself; the appointment and its audit event are stored together', async () => {
    const booked = await book(ny, '2026-06-11T09:00:00-04:00', { reason: '<b>cough</b> 🤧' });
    expect(booked).toMatchObject({ patientId: ny.patientId, clinicianId: ny.clinician.userId, start: '2026-06-11T09:00:00-04:00', end: '2026-06-11T09:30:00-04:00', status: 'booked', reason: '<b>cough</b> 🤧' });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, booked.id));
    expect(events.map((e) => [e.action, e.outcome, e.actingRole])).toEqual([['appointment.book', 'allowed', 'patient']]);
    const [mail] = (await latestOutboxMessages(5)).filter((m) => m.toAddress === ny.patient.email);
    expect(mail?.subject).toBe('Your visit at Clinic ny is booked');
    expect(mail?.textBody).toContain('Visit with Dr Test at Clinic ny, on Thu, Jun 11, 2026, 9:00 AM EDT (America/New_York)');
    expect(mail?.textBody).not.toContain('cough');
    const again = await errorOf(book(ny, '2026-06-11T13:00:00Z'));
    expect([again.code, again.status]).toEqual(['slot_taken', 409]);
  });

  it('staff book for a patient of their clinic; another clinic\'s patient is not found', async () => {
    const booked = await book(ny, '2026-06-11T10:00:00-04:00', { patientId: ny.otherPatientId }, ny.admin);
    expect(booked.patientId).toBe(ny.otherPatientId);
    expect((await errorOf(book(ny, '2026-06-11T11:00:00-04:00', { patientId: london.patientId }, ny.admin))).status).toBe(404);
    expect(Object.keys((await errorOf(book(ny, '2026-06-11T11:00:00-04:00', {}, ny.admin))).fieldErrors ?? {})).toEqual(['patientId']);
    // A patient cannot book for someone else.
    expect((await errorOf(book(ny, '2026-06-11T11:00:00-04:00', { patientId: ny.otherPatientId }))).status).toBe(404);
  });

  it('refuses starts that are not available slots, naming the field, and stores nothing', async () => {
    const before = (await handle.db.select().from(appointments)).length;
    const cases: [string, string][] = [
      ['2026-06-09T09:00:00-04:00', 'passed'], // the past
      ['2026-06-11T08:00:00-04:00', 'working hours'],
      ['2026-06-11T16:45:00-04:00', 'every 30 minutes'],
      ['2026-06-13T10:00:00-04:00', 'working hours'], // a Saturday
      ['2026-12-10T10:00:00-05:00', '90 days'],
    ];
    for (const [start, words] of cases) {
      const error = await errorOf(book(ny, start));
      expect(error.status, start).toBe(422);
      expect(error.fieldErrors?.start?.[0], start).toContain(words);
    }
    await handle.db.insert(scheduleExceptions).values({ clinicId: ny.clinicId, clinicianUserId: ny.clinician.userId, startsAt: new Date('2026-06-12T13:00:00Z'), endsAt: new Date('2026-06-12T17:00:00Z'), reason: 'Training' });
    expect((await errorOf(book(ny, '2026-06-12T10:00:00-04:00'))).fieldErrors?.start?.[0]).toContain('away');
    const bad = await errorOf(bookAppointment(ny.patient, { clinicId: ny.clinicId, clinicianId: 'nope', visitTypeId: 7, start: 'soon', reason: 'x'.repeat(501) }, NOW));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['clinicianId', 'reason', 'start', 'visitTypeId']);
    expect((await handle.db.select().from(appointments)).length).toBe(before);
  });

  it('refuses inactive or unoffered visit types and deactivated clinicians', async () => {
    expect((await errorOf(book(ny, '2026-06-15T10:00:00-04:00', { visitTypeId: ny.inactiveVisitTypeId }))).fieldErrors).toHaveProperty('visitTypeId');
    expect((await errorOf(book(ny, '2026-06-15T10:00:00-04:00', { visitTypeId: ny.notOfferedVisitTypeId }))).fieldErrors).toHaveProperty('visitTypeId');
    expect((await errorOf(book(ny, '2026-06-15T10:00:00-04:00', { visitTypeId: london.visitTypeId }))).status).toBe(404);
    expect((await errorOf(book(ny, '2026-06-15T10:00:00-04:00', { clinicId: london.clinicId }))).status).toBe(404);
    const leaving = await createTestClinic(handle.db, { slug: 'leaving', timeZone: 'America/New_York', hours: weekdays });
    await deactivateMember(handle.db, leaving.clinician.userId);
    const error = await errorOf(book(leaving, '2026-06-15T10:00:00-04:00'));
    expect([error.status, Object.keys(error.fieldErrors ?? {})]).toEqual([422, ['clinicianId']]);
    expect((await listClinicians(leaving.patient, leaving.clinicId)).clinicians).toEqual([]);
  });
});

describe('changing appointments', () => {
  it('a patient reschedules and cancels before the notice period, not within it', async () => {
    const booked = await book(ny, '2026-06-16T09:00:00-04:00');
    const moved = await changeAppointment(ny.patient, booked.id, { start: '2026-06-16T09:30:00-04:00' }, NOW);
    expect([moved.start, moved.status]).toEqual(['2026-06-16T09:30:00-04:00', 'booked']);
    // The old time is free again, the new one taken.
    const { slots } = await listSlots(ny.patient, ny.clinicId, { clinicianId: ny.clinician.userId, visitTypeId: ny.visitTypeId, from: '2026-06-16', to: '2026-06-16' }, NOW);
    expect(slots.map((s) => s.start)).toContain('2026-06-16T09:00:00-04:00');
    expect(slots.map((s) => s.start)).not.toContain('2026-06-16T09:30:00-04:00');

    const late = new Date('2026-06-15T14:00:00Z'); // 23.5 hours before
    const refused = await errorOf(changeAppointment(ny.patient, booked.id, { status: 'cancelled' }, late));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/less than 24 hours away.*contact Clinic ny/);
    expect((await errorOf(changeAppointment(ny.patient, booked.id, { start: '2026-06-17T09:00:00-04:00' }, late))).status).toBe(409);
    expect((await changeAppointment(ny.patient, booked.id, { status: 'cancelled' }, NOW)).status).toBe('cancelled');
    const actions = (await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, booked.id))).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(['appointment.book:allowed', 'appointment.reschedule:allowed', 'appointment.cancel:denied', 'appointment.reschedule:denied', 'appointment.cancel:allowed']);
    const subjects = (await latestOutboxMessages(10)).filter((m) => m.toAddress === ny.patient.email).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Your visit at Clinic ny has a new time', 'Your visit at Clinic ny is cancelled']));
  });

  it('staff cancel any time and record arrival, completion and no-shows in a sensible order', async () => {
    const booked = await book(ny, '2026-06-10T09:00:00-04:00', { patientId: ny.otherPatientId }, ny.admin);
    expect((await errorOf(changeAppointment(ny.patient, booked.id, { status: 'cancelled' }, NOW))).status).toBe(404);
    expect((await errorOf(changeAppointment(ny.clinician, booked.id, { status: 'completed' }, NOW))).status).toBe(409);
    expect((await errorOf(changeAppointment(ny.clinician, booked.id, { status: 'no_show' }, NOW))).fieldErrors).toHaveProperty('status');
    expect((await changeAppointment(ny.clinician, booked.id, { status: 'arrived' }, NOW)).status).toBe('arrived');
    expect((await changeAppointment(ny.clinician, booked.id, { status: 'completed' }, NOW)).status).toBe('completed');
    expect((await errorOf(changeAppointment(ny.admin, booked.id, { status: 'cancelled' }, NOW))).status).toBe(409);
    const other = await book(ny, '2026-06-10T10:00:00-04:00', { patientId: ny.otherPatientId }, ny.admin);
    const lateButStaff = new Date('2026-06-10T13:55:00Z');
    expect((await changeAppointment(ny.admin, other.id, { status: 'cancelled' }, lateButStaff)).status).toBe('cancelled');
    const patientTries = await errorOf(changeAppointment(ny.patient, (await book(ny, '2026-06-18T09:00:00-04:00')).id, { status: 'arrived' }, NOW));
    expect(patientTries.status).toBe(403);
    expect(Object.keys((await errorOf(changeAppointment(ny.admin, other.id, { status: 'lost' }, NOW))).fieldErrors ?? {})).not.toHaveLength(0);
  });

  it('another clinic\'s appointment is not found for reading or changing', async () => {
    const booked = await book(ny, '2026-06-19T09:00:00-04:00');
    expect((await getAppointment(ny.patient, booked.id)).id).toBe(booked.id);
    for (const who of [london.admin, london.clinician, london.patient]) {
      expect((await errorOf(getAppointment(who, booked.id))).status).toBe(404);
      expect((await errorOf(changeAppointment(who, booked.id, { status: 'cancelled' }, NOW))).status).toBe(404);
    }
    expect((await errorOf(getAppointment(ny.admin, 'not-a-uuid'))).status).toBe(404);
    const platform = principalOf(ny.admin.userId, null, 'platform_admin');
    expect((await errorOf(getAppointment(platform, booked.id))).status).toBe(404);
  });
});

describe('listing appointments', () => {
  it('shows each caller what they may see, in pages with a cursor', async () => {
    const colleague = await addMember(handle.db, ny.clinicId, 'clinician', 'Dr Colleague');
    const range = { from: '2026-06-01', to: '2026-06-30' };
    const all = (await listAppointments(ny.admin, range)).appointments;
    const mine = (await listAppointments(ny.patient, range)).appointments;
    expect(all.length).toBeGreaterThan(mine.length);
    expect(mine.every((a) => a.patientId === ny.patientId)).toBe(true);
    expect((await listAppointments(ny.clinician, range)).appointments).toHaveLength(all.length);
    expect((await listAppointments(colleague, range)).appointments).toEqual([]);
    expect((await listAppointments(london.admin, range)).appointments).toEqual([]);
    expect(Object.keys(all[0]!).sort()).toEqual(['clinicId', 'clinicianId', 'end', 'id', 'patientId', 'start', 'status', 'visitTypeId']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAppointments(ny.admin, { ...range, limit: '2', cursor });
      expect(page.appointments.length).toBeLessThanOrEqual(2);
      seen.push(...page.appointments.map((a) => a.id));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((a) => a.id));
    expect(Object.keys((await errorOf(listAppointments(ny.admin, { ...range, cursor: 'garbage' }))).fieldErrors ?? {})).toEqual(['cursor']);
  });
});
