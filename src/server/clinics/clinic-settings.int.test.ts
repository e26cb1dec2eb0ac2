import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments, scheduleExceptions, workingHours } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Role } from '@/config/roles';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { addScheduleException } from './add-schedule-exception';
import { deleteVisitType } from './delete-visit-type';
import { getClinicSettings } from './get-clinic-settings';
import { getClinicianSchedule } from './get-clinician-schedule';
import { removeScheduleException } from './remove-schedule-exception';
import { saveVisitType } from './save-visit-type';
import { setClinicianVisitTypes } from './set-clinician-visit-types';
import { setOpeningHours } from './set-opening-hours';
import { setWorkingHours } from './set-working-hours';
import { updateClinicSettings } from './update-clinic-settings';

let handle: DatabaseHandle;
let riverside: string;
let harbor: string;
let admin: Principal;
let harborAdmin: Principal;
let clinician: Principal;
let harborDoc: Principal;

async function person(email: string, clinicId: string, role: Role): Promise<Principal> {
  const [user] = await handle.db.insert(users).values({ email, name: email.split('@')[0] }).returning({ id: users.id });
  await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  return { userId: user!.id, name: null, email, sessionId: 't', active: { clinicId, role }, memberships: [], permissions: new Set(rolePermissions[role]) };
}
const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AppError);
const settings = { name: 'Riverside', addressLine: '1 Main St', city: 'Springfield', region: '', postalCode: '12345', phone: '+1 (555) 010-0000', timeZone: 'America/New_York', cancellationNoticeHours: '24', slotStepMinutes: '15', bookingHorizonDays: '90' };
const weekdaysOpen = Array.from({ length: 7 }, (_, weekday) => (weekday === 0 || weekday === 6 ? { weekday, closed: true } : { weekday, closed: false, opensAt: '08:00', closesAt: '18:00' }));
const visit = { name: 'Consultation', durationMinutes: '20', mode: 'in_person', priceMinor: '8000', currency: 'usd', bufferBeforeMinutes: '0', bufferAfterMinutes: '5', active: true };

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const cs = await handle.db
    .insert(clinics)
    .values([
      { slug: 'set-a', name: 'Set A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'set-b', name: 'Set B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = cs[0]!.id;
  harbor = cs[1]!.id;
  admin = await person('ada@set.test', riverside, 'clinic_admin');
  clinician = await person('doc@set.test', riverside, 'clinician');
  harborAdmin = await person('hal@set.test', harbor, 'clinic_admin');
  harborDoc = await person('hdoc@set.test', harbor, 'clinician');
});

afterAll(async () => {
  await handle.close();
});

describe('clinic settings', () => {
  it('saves details, hours and visit types, audited, and shows them back', async () => {
    await updateClinicSettings(admin, settings);
    await setOpeningHours(admin, { days: weekdaysOpen });
    const { id } = await saveVisitType(admin, visit);
    const view = await getClinicSettings(admin);
    expect(view.settings).toMatchObject({ name: 'Riverside', region: null, phone: '+1 (555) 010-0000', slotStepMinutes: 15 });
    expect(view.week[0]).toEqual({ weekday: 0, closed: true, opensAt: '', closesAt: '' });
    expect(view.week[1]).toEqual({ weekday: 1, closed: false, opensAt: '08:00', closesAt: '18:00' });
    expect(view.visitTypes).toMatchObject([{ id, name: 'Consultation', currency: 'USD', priceMinor: 8000, bufferAfterMinutes: 5 }]);
    const actions = (await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, admin.userId))).map((e) => e.action);
    expect(actions).toEqual(['clinic.settings.update', 'clinic.opening-hours.update', 'clinic.visit-type.create']);
  });

  it('names every bad field and changes nothing', async () => {
    const bad = await errorOf(updateClinicSettings(admin, { ...settings, name: '  ', timeZone: 'Mars/Olympus', phone: '<script>', slotStepMinutes: '7', bookingHorizonDays: '-1', cancellationNoticeHours: 'x' }));
    expect(Object.keys(bad?.fieldErrors ?? {}).sort()).toEqual(['bookingHorizonDays', 'cancellationNoticeHours', 'name', 'phone', 'slotStepMinutes', 'timeZone']);
    const hours = await errorOf(setOpeningHours(admin, { days: weekdaysOpen.map((d) => (d.weekday === 2 ? { ...d, closesAt: '07:00' } : d)) }));
    expect(Object.keys(hours?.fieldErrors ?? {})).toEqual(['days.2.closesAt']);
    const vt = await errorOf(saveVisitType(admin, { ...visit, name: '', currency: 'dollars', durationMinutes: '0', mode: 'phone' }));
    expect(Object.keys(vt?.fieldErrors ?? {}).sort()).toEqual(['currency', 'durationMinutes', 'mode', 'name']);
    const dup = await errorOf(saveVisitType(admin, { ...visit, name: 'Consultation' }));
    expect(dup?.code).toBe('conflict');
    expect(dup?.fieldErrors?.name).toHaveLength(1);
    expect((await getClinicSettings(admin)).settings.name).toBe('Riverside');
  });

  it("keeps clinics apart: another clinic's visit type is not found, a clinician is refused", async () => {
    const [theirs] = await handle.db.insert(visitTypes).values({ clinicId: harbor, name: 'Check-up', durationMinutes: 15, mode: 'in_person', priceMinor: 0, currency: 'GBP' }).returning({ id: visitTypes.id });
    expect((await errorOf(saveVisitType(admin, { ...visit, id: theirs!.id, name: 'Stolen' })))?.code).toBe('not_found');
    expect((await errorOf(deleteVisitType(admin, { id: theirs!.id })))?.code).toBe('not_found');
    expect((await errorOf(updateClinicSettings(clinician, settings)))?.code).toBe('forbidden');
    expect((await getClinicSettings(harborAdmin)).visitTypes.map((v) => v.name)).toEqual(['Check-up']);
  });
});

describe('deleting visit types', () => {
  it('deletes an unused visit type; a booked one must be made inactive instead', async () => {
    const unused = await saveVisitType(admin, { ...visit, name: 'Unused' });
    await deleteVisitType(admin, { id: unused.id });
    expect((await getClinicSettings(admin)).visitTypes.map((v) => v.name)).not.toContain('Unused');

    const booked = await saveVisitType(admin, { ...visit, name: 'Booked' });
    const [patient] = await handle.db
      .insert(patients)
      .values({ clinicId: riverside, recordNumber: 'R-1', givenName: 'Pat', familyName: 'Booked', dateOfBirth: '1990-01-01', sexAtBirth: 'female' })
      .returning({ id: patients.id });
    const start = new Date('2030-01-07T15:00:00Z');
    const end = new Date('2030-01-07T15:20:00Z');
    await handle.db.insert(appointments).values({ clinicId: riverside, patientId: patient!.id, clinicianUserId: clinician.userId, visitTypeId: booked.id, startsAt: start, endsAt: end, blockedFrom: start, blockedUntil: end });
    const error = await errorOf(deleteVisitType(admin, { id: booked.id }));
    expect(error?.code).toBe('conflict');
    expect(error?.message).toMatch(/make it inactive instead/);
    await saveVisitType(admin, { ...visit, id: booked.id, name: 'Booked', active: false });
    expect((await getClinicSettings(admin)).visitTypes.find((v) => v.id === booked.id)).toMatchObject({ active: false });
  });
});

describe('clinician schedules', () => {
  it('sets working hours within opening hours, several ranges a day, and refuses overlaps or hours outside', async () => {
    const days = Array.from({ length: 7 }, () => [] as { start: string; end: string }[]);
    days[1] = [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '12:00' }];
    await setWorkingHours(admin, { clinicianUserId: clinician.userId, days });
    const schedule = await getClinicianSchedule(admin, clinician.userId);
    expect(schedule.schedule?.week[1]).toEqual([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]);

    const wrong = [...days];
    wrong[0] = [{ start: '09:00', end: '10:00' }];
    wrong[2] = [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }];
    wrong[3] = [{ start: '07:00', end: '10:00' }];
    const error = await errorOf(setWorkingHours(admin, { clinicianUserId: clinician.userId, days: wrong }));
    expect(error?.fieldErrors).toEqual({
      'days.0': ['Sunday: the clinic is closed that day.'],
      'days.2': ['Tuesday: ranges must not overlap.'],
      'days.3': ["Wednesday: hours must lie within the clinic's opening hours (08:00–18:00)."],
    });
    const backwards = [...days];
    backwards[4] = [{ start: '10:00', end: '09:00' }];
    expect(Object.keys((await errorOf(setWorkingHours(admin, { clinicianUserId: clinician.userId, days: backwards })))?.fieldErrors ?? {})).toEqual(['days.4.0.end']);
    expect(await handle.db.select().from(workingHours)).toHaveLength(2);
    // Another clinic's clinician is not found.
    expect((await errorOf(setWorkingHours(admin, { clinicianUserId: harborDoc.userId, days })))?.code).toBe('not_found');
  });

  it('adds exceptions in the clinic time zone; an overlapping one is refused by the database with a field error', async () => {
    const { id } = await addScheduleException(admin, { clinicianUserId: clinician.userId, startsAt: '2027-07-01T00:00', endsAt: '2027-07-08T00:00', reason: 'Holiday' });
    const [row] = await handle.db.select().from(scheduleExceptions).where(eq(scheduleExceptions.id, id));
    expect(row!.startsAt.toISOString()).toBe('2027-07-01T04:00:00.000Z'); // EDT
    const overlap = await errorOf(addScheduleException(admin, { clinicianUserId: clinician.userId, startsAt: '2027-07-07T09:00', endsAt: '2027-07-09T00:00', reason: 'Course' }));
    expect(overlap?.code).toBe('conflict');
    expect(overlap?.fieldErrors?.startsAt?.[0]).toMatch(/overlaps another exception/);
    // Touching ranges do not overlap ([) ranges).
    await addScheduleException(admin, { clinicianUserId: clinician.userId, startsAt: '2027-07-08T00:00', endsAt: '2027-07-09T00:00', reason: 'Course' });
    const order = await errorOf(addScheduleException(admin, { clinicianUserId: clinician.userId, startsAt: '2027-08-02T10:00', endsAt: '2027-08-02T09:00', reason: 'x' }));
    expect(Object.keys(order?.fieldErrors ?? {})).toEqual(['endsAt']);
    const junk = await errorOf(addScheduleException(admin, { clinicianUserId: clinician.userId, startsAt: 'soon', endsAt: '', reason: '' }));
    expect(Object.keys(junk?.fieldErrors ?? {}).sort()).toEqual(['endsAt', 'reason', 'startsAt']);
    expect((await errorOf(removeScheduleException(harborAdmin, { clinicianUserId: clinician.userId, exceptionId: id })))?.code).toBe('not_found');
    await removeScheduleException(admin, { clinicianUserId: clinician.userId, exceptionId: id });
    expect(await handle.db.select().from(scheduleExceptions)).toHaveLength(1);
  });

  it("sets a clinician's visit types from this clinic only", async () => {
    const own = (await getClinicSettings(admin)).visitTypes.map((v) => v.id).sort();
    await setClinicianVisitTypes(admin, { clinicianUserId: clinician.userId, visitTypeIds: own });
    expect((await getClinicianSchedule(admin, clinician.userId)).schedule?.visitTypeIds).toEqual(own);
    const [theirs] = await handle.db.select({ id: visitTypes.id }).from(visitTypes).where(eq(visitTypes.clinicId, harbor));
    const error = await errorOf(setClinicianVisitTypes(admin, { clinicianUserId: clinician.userId, visitTypeIds: [...own, theirs!.id] }));
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(['visitTypeIds']);
    expect((await getClinicianSchedule(admin, clinician.userId)).schedule?.visitTypeIds).toEqual(own);
  });

  it('flags working hours that new, narrower opening hours leave outside', async () => {
    expect((await getClinicianSchedule(admin, clinician.userId)).schedule?.outsideOpening[1]).toBe(false);
    await setOpeningHours(admin, { days: weekdaysOpen.map((d) => (d.weekday === 1 ? { ...d, opensAt: '09:00', closesAt: '11:00' } : d)) });
    const flagged = (await getClinicianSchedule(admin, clinician.userId)).schedule?.outsideOpening;
    expect(flagged?.map((f, weekday) => (f ? weekday : null)).filter((w) => w !== null)).toEqual([1]);
    await setOpeningHours(admin, { days: weekdaysOpen });
  });
});
