import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Principal } from '@/server/access/principal';
import { listRecordAccess } from './list-record-access';

let handle: DatabaseHandle;
let me: Principal;

const patientRow = (clinicId: string, userId: string | null, mrn: string) => ({
  clinicId,
  userId,
  recordNumber: mrn,
  givenName: 'Pat',
  familyName: 'Example',
  dateOfBirth: '1980-01-01',
  sexAtBirth: 'female',
});

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [a, b] = await handle.db
    .insert(clinics)
    .values([
      { slug: 'access-a', name: 'Access A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'access-b', name: 'Access B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  const [patientUser, doctor, other] = await handle.db
    .insert(users)
    .values([
      { email: 'pat@access.test', name: 'Pat Example' },
      { email: 'doc@access.test', name: 'Dr Dee' },
      { email: 'other@access.test', name: 'Otto Other' },
    ])
    .returning({ id: users.id });
  const [mineA, mineB, theirs] = await handle.db
    .insert(patients)
    .values([patientRow(a!.id, patientUser!.id, 'A-1'), patientRow(b!.id, patientUser!.id, 'B-1'), patientRow(a!.id, other!.id, 'A-2')])
    .returning({ id: patients.id });
  me = { userId: patientUser!.id, name: 'Pat Example', email: 'pat@access.test', sessionId: 't', active: { clinicId: a!.id, role: 'patient' }, memberships: [], permissions: new Set(['self:read']) };
  const ev = (clinicId: string, actorUserId: string, actingRole: string, action: string, entityId: string, at: string, outcome: 'allowed' | 'denied' = 'allowed') => ({
    clinicId, actorUserId, actingRole, action, entityType: 'patient', entityId, outcome, at: new Date(at),
  });
  await handle.db.insert(auditEvents).values([
    ev(a!.id, doctor!.id, 'clinician', 'chart.read', mineA!.id, '2026-11-01T10:00:00Z'),
    ev(b!.id, doctor!.id, 'clinician', 'chart.document.read', mineB!.id, '2026-11-02T10:00:00Z'),
    ev(a!.id, patientUser!.id, 'patient', 'chart.read', mineA!.id, '2026-11-03T10:00:00Z'),
    ev(a!.id, doctor!.id, 'clinician', 'chart.read', mineA!.id, '2026-11-04T10:00:00Z', 'denied'),
    ev(b!.id, patientUser!.id, 'patient', 'privacy.export', mineB!.id, '2026-11-04T11:00:00Z'),
    // Not shown: someone else's chart, a non-chart action, and an event whose clinic is not the record's clinic.
    ev(a!.id, doctor!.id, 'clinician', 'chart.read', theirs!.id, '2026-11-05T10:00:00Z'),
    ev(a!.id, doctor!.id, 'clinician', 'appointment.read', mineA!.id, '2026-11-06T10:00:00Z'),
    ev(b!.id, doctor!.id, 'clinician', 'chart.read', mineA!.id, '2026-11-07T10:00:00Z'),
  ]);
});

afterAll(async () => {
  await handle.close();
});

describe('who viewed my record', () => {
  it('lists every chart access to my records in every clinic, newest first, and nothing else', async () => {
    const { accesses } = await listRecordAccess(me);
    expect(accesses).toEqual([
      { at: '2026-11-04T11:00:00.000Z', who: 'You', byYou: true, role: 'Patient', clinic: 'Access B', action: 'privacy.export', what: 'Downloaded a copy of your record', outcome: 'allowed' },
      { at: '2026-11-04T10:00:00.000Z', who: 'Dr Dee', byYou: false, role: 'Clinician', clinic: 'Access A', action: 'chart.read', what: 'Opened your chart', outcome: 'denied' },
      { at: '2026-11-03T10:00:00.000Z', who: 'You', byYou: true, role: 'Patient', clinic: 'Access A', action: 'chart.read', what: 'Opened your chart', outcome: 'allowed' },
      { at: '2026-11-02T10:00:00.000Z', who: 'Dr Dee', byYou: false, role: 'Clinician', clinic: 'Access B', action: 'chart.document.read', what: 'Opened a document in your chart', outcome: 'allowed' },
      { at: '2026-11-01T10:00:00.000Z', who: 'Dr Dee', byYou: false, role: 'Clinician', clinic: 'Access A', action: 'chart.read', what: 'Opened your chart', outcome: 'allowed' },
    ]);
  });

  it('is empty for a person without patient records', async () => {
    const nobody: Principal = { ...me, userId: '00000000-0000-4000-8000-000000000000' };
    expect((await listRecordAccess(nobody)).accesses).toEqual([]);
  });
});
