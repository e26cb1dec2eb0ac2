import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Role } from '@/config/roles';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { loadChartContext } from './load-chart-context';

let handle: DatabaseHandle;
let riverside: string;
let harbor: string;
let patientId: string;
let harborPatientId: string;

async function principalOf(email: string, clinicId: string, role: Role): Promise<Principal> {
  const [user] = await handle.db.insert(users).values({ email, name: null, emailVerified: new Date() }).returning({ id: users.id });
  await handle.db.insert(memberships).values({ userId: user!.id, clinicId, role });
  return { userId: user!.id, name: null, email, sessionId: 'test', active: { clinicId, role }, memberships: [], permissions: new Set(rolePermissions[role]) };
}

async function addPatient(clinicId: string, recordNumber: string): Promise<string> {
  const [row] = await handle.db
    .insert(patients)
    .values({ clinicId, recordNumber, givenName: 'Test', familyName: 'Person', dateOfBirth: '1950-03-01', sexAtBirth: 'male' })
    .returning({ id: patients.id });
  return row!.id;
}

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const rows = await handle.db
    .insert(clinics)
    .values([
      { slug: 'ds-riverside', name: 'DS Riverside', timeZone: 'UTC', country: 'US' },
      { slug: 'ds-harbor', name: 'DS Harbor', timeZone: 'UTC', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = rows[0]!.id;
  harbor = rows[1]!.id;
  patientId = await addPatient(riverside, 'DS-1');
  harborPatientId = await addPatient(harbor, 'DS-2');
  await handle.db.insert(observations).values([
    { clinicId: riverside, patientId, loincCode: '29463-7', display: 'Body weight', value: 82, unit: 'kg', effectiveAt: new Date('2026-10-01T09:00:00Z') },
    { clinicId: riverside, patientId, loincCode: '8302-2', display: 'Body height', value: 178, unit: 'cm', effectiveAt: new Date('2026-10-01T09:00:00Z') },
  ]);
  await handle.db.insert(problems).values([
    { clinicId: riverside, patientId, code: 'I48.91', display: 'Atrial fibrillation' },
    { clinicId: riverside, patientId, code: 'I10', display: 'Hypertension' },
    { clinicId: riverside, patientId, code: 'E11.9', display: 'Type 2 diabetes', status: 'resolved' },
  ]);
  await handle.db.insert(medications).values([
    { clinicId: riverside, patientId, genericName: 'apixaban', dose: '5 mg', route: 'oral', frequency: 'twice daily' },
    { clinicId: riverside, patientId, genericName: 'simvastatin', dose: '20 mg', route: 'oral', frequency: 'daily', status: 'stopped' },
  ]);
  await handle.db.insert(allergies).values({ clinicId: riverside, patientId, substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' });
});

afterAll(async () => {
  await handle?.close();
});

describe('pre-filling decision support from a chart', () => {
  it('gives a clinician of the clinic the latest values, active problems and medications, and audits the read', async () => {
    const clinician = await principalOf('doc@ds-riverside.test', riverside, 'clinician');
    const context = await loadChartContext(clinician, patientId, new Date('2026-11-27T12:00:00Z'));
    expect(context.values).toMatchObject({ age_years: 76, sex: 'male', weight_kg: 82, height_cm: 178, hypertension: true });
    expect(context.values.diabetes).toBeUndefined();
    expect(context.medications).toEqual(['apixaban']);
    expect(context.allergies).toEqual(['Penicillin']);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, clinician.userId));
    expect(events.map((e) => [e.action, e.entityType, e.entityId, e.outcome, e.clinicId])).toEqual([['decision_support.chart_context', 'patient', patientId, 'allowed', riverside]]);
  });

  it('answers 404 for another clinic, a made-up id and a patient role, and audits each denial', async () => {
    const clinician = await principalOf('doc2@ds-riverside.test', riverside, 'clinician');
    expect((await errorOf(loadChartContext(clinician, harborPatientId))).status).toBe(404);
    expect((await errorOf(loadChartContext(clinician, 'not-a-uuid'))).status).toBe(404);
    const patient = await principalOf('patient@ds-riverside.test', riverside, 'patient');
    expect((await errorOf(loadChartContext(patient, patientId))).status).toBe(404);
    const denied = await handle.db.select().from(auditEvents).where(eq(auditEvents.outcome, 'denied'));
    expect(denied.map((e) => [e.actorUserId, e.entityId]).sort()).toEqual(
      [[clinician.userId, harborPatientId], [clinician.userId, null], [patient.userId, patientId]].sort(),
    );
  });
});
