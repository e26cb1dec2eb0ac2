import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { memberships } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { AppError } from '@/lib/errors';
import { joinClinicAsPatient } from './join-clinic-as-patient';
import { readChart } from './read-chart';
import { registerPatient } from './register-patient';
import { addUnaffiliatedUser, createPatientsFixture, type PatientsFixture } from './testing/fixtures.repo';

let f: PatientsFixture;
beforeAll(async () => {
  f = await createPatientsFixture();
});
afterAll(async () => {
  await f.handle.close();
});

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const profile = { givenName: 'Ana', familyName: 'Lima', dateOfBirth: '1990-02-03', sexAtBirth: 'female' };

describe('staff registration', () => {
  it('creates the patient with the clinic\u2019s next record number, audited', async () => {
    const { id, mrn } = await registerPatient(f.clinician, { ...profile, phone: '(518) 555-0177' });
    expect(mrn).toBe('RFC-000107');
    expect((await readChart(f.clinician, id)).patient).toMatchObject({ name: 'Ana Lima', mrn, phone: '(518) 555-0177' });
    const [event] = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'patients.register'), eq(auditEvents.entityId, id)));
    expect(event).toMatchObject({ clinicId: f.riverside, outcome: 'allowed', actorUserId: f.clinician.userId });
  });

  it('warns about the same normalized name and birth date in the clinic, and registers only when confirmed', async () => {
    const error = await errorOf(registerPatient(f.admin, { givenName: ' luis', familyName: 'HERNANDEZ', dateOfBirth: '1974-05-15', sexAtBirth: 'male' }));
    expect(error.code).toBe('conflict');
    expect(error.fieldErrors?.confirmDuplicate?.[0]).toContain('RFC-000104');
    const { mrn } = await registerPatient(f.admin, { givenName: 'Luis', familyName: 'Hernandez', dateOfBirth: '1974-05-15', sexAtBirth: 'male', confirmDuplicate: 'on' });
    expect(mrn).toBe('RFC-000108');
  });

  it('never looks across clinics: Harbor registers its own Ana Lima without a warning', async () => {
    const { mrn } = await registerPatient(f.harborClinician, profile);
    expect(mrn).toBe('HBP-000102');
  });

  it('refuses patients and platform admins, names bad fields, and stores nothing', async () => {
    const before = (await f.handle.db.select().from(patients)).length;
    expect((await errorOf(registerPatient(f.patientA, profile))).code).toBe('forbidden');
    expect((await errorOf(registerPatient(f.platformAdmin, profile))).code).toBe('forbidden');
    const bad = await errorOf(registerPatient(f.clinician, { givenName: '<b>', familyName: '', dateOfBirth: '31/12/1990', sexAtBirth: 'x', phone: 'DROP TABLE' }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['dateOfBirth', 'familyName', 'phone', 'sexAtBirth']);
    expect((await f.handle.db.select().from(patients)).length).toBe(before);
  });
});

describe('self-registration after sign-up', () => {
  it('creates the record and a patient membership in the chosen clinic, once', async () => {
    const person = await addUnaffiliatedUser(f.handle, 'Sam New');
    const joined = await joinClinicAsPatient(person, { ...profile, givenName: 'Sam', familyName: 'New', clinicId: f.harbor });
    expect(joined.mrn).toMatch(/^HBP-\d{6}$/);
    const [membership] = await f.handle.db.select().from(memberships).where(and(eq(memberships.userId, person.userId), eq(memberships.clinicId, f.harbor)));
    expect(membership).toMatchObject({ role: 'patient', status: 'active' });
    const own = await readChart({ ...person, active: { clinicId: f.harbor, role: 'patient' }, permissions: new Set(['self:read', 'own-care:read', 'own-appointments:manage']) }, joined.patientId);
    expect(own.patient).toMatchObject({ name: 'Sam New', email: person.email });
    expect((await errorOf(joinClinicAsPatient(person, { ...profile, clinicId: f.harbor }))).code).toBe('conflict');
  });

  it('refuses an unknown clinic and bad input, creating nothing', async () => {
    const person = await addUnaffiliatedUser(f.handle, 'Kim Other');
    expect((await errorOf(joinClinicAsPatient(person, { ...profile, clinicId: '00000000-0000-4000-8000-000000000000' }))).code).toBe('not_found');
    const bad = await errorOf(joinClinicAsPatient(person, { clinicId: 'riverside', givenName: '' }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['clinicId', 'dateOfBirth', 'familyName', 'givenName', 'sexAtBirth']);
    expect(await f.handle.db.select().from(memberships).where(eq(memberships.userId, person.userId))).toEqual([]);
  });
});
