import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { appendConsentLog } from '@/server/consent/consent-log.repo';
import { consentReceipt } from './consent-receipt';
import { exportMyData } from './export-my-data';
import type { PersonalDataExport } from './export.schemas';
import type { FhirBundle } from './fhir-bundle';

let handle: DatabaseHandle;
const clinicId = randomUUID();
const people = { a: { id: randomUUID(), email: 'ada@example.org', given: 'Ada', code: 'E11.9', visitAt: '2026-03-01T09:00:00Z' }, b: { id: randomUUID(), email: 'bo@example.org', given: 'Bo', code: 'J45.909', visitAt: '2026-03-01T10:00:00Z' } };
const clinicianId = randomUUID();

const principalOf = (person: { id: string; email: string }): Principal => ({
  userId: person.id, name: null, email: person.email, sessionId: 'test', active: null, memberships: [], permissions: new Set(),
});

async function seedPerson(person: (typeof people)['a'], visitTypeId: string) {
  const patientId = randomUUID();
  await handle.db.insert(users).values({ id: person.id, email: person.email, name: `${person.given} Tester`, passwordHash: '$argon2id$secret-hash' });
  await handle.db.insert(memberships).values({ userId: person.id, clinicId, role: 'patient' });
  await handle.db.insert(patients).values({
    id: patientId, clinicId, userId: person.id, recordNumber: `MRN-${person.given}`, givenName: person.given, familyName: 'Tester', dateOfBirth: '1980-02-03', sexAtBirth: 'female',
  });
  const rows = { clinicId, patientId };
  await handle.db.insert(problems).values({ ...rows, code: person.code, display: `${person.given} problem` });
  await handle.db.insert(allergies).values({ ...rows, substance: `${person.given} substance`, reaction: 'Rash', severity: 'mild' });
  await handle.db.insert(medications).values({ ...rows, genericName: `${person.given} medicine`, dose: '5 mg', route: 'oral', frequency: 'daily' });
  await handle.db.insert(observations).values({ ...rows, loincCode: '8867-4', display: 'Heart rate', value: 72, unit: '/min', effectiveAt: new Date('2026-01-02T10:00:00Z') });
  await handle.db.insert(appointments).values({
    ...rows, clinicianUserId: clinicianId, visitTypeId, startsAt: new Date(person.visitAt), endsAt: new Date(Date.parse(person.visitAt) + 20 * 60_000), status: 'completed',
    blockedFrom: new Date(person.visitAt), blockedUntil: new Date(Date.parse(person.visitAt) + 20 * 60_000),
  });
  await appendConsentLog({
    consentId: randomUUID(), userId: person.id, at: new Date(), action: 'given', categoriesBefore: null,
    categoriesAfter: { necessary: true, functional: person === people.a, analytics: false }, policyVersion: '0123456789ab', surface: 'banner', gpc: false, locale: null,
  });
  return patientId;
}

const patientIds: Record<'a' | 'b', string> = { a: '', b: '' };

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  await handle.db.insert(clinics).values({ id: clinicId, slug: `c-${clinicId.slice(0, 8)}`, name: 'Test Clinic', timeZone: 'Europe/London', country: 'GB' });
  await handle.db.insert(users).values({ id: clinicianId, email: 'dr@example.org', name: 'Dr Test' });
  const [visitType] = await handle.db.insert(visitTypes).values({ clinicId, name: 'Check-up', durationMinutes: 20, mode: 'in_person', priceMinor: 0, currency: 'GBP' }).returning();
  patientIds.a = await seedPerson(people.a, visitType!.id);
  patientIds.b = await seedPerson(people.b, visitType!.id);
});

afterAll(async () => {
  await handle.close();
});

describe('export my data', () => {
  it("exports A's own record in JSON and nothing of B's, with no password hash", async () => {
    const file = await exportMyData(principalOf(people.a), { format: 'json' });
    const data = JSON.parse(file.body) as PersonalDataExport;
    expect(data.account.email).toBe(people.a.email);
    expect(data.memberships.map((m) => m.clinicName)).toEqual(['Test Clinic']);
    expect(data.patientRecords.map((p) => p.id)).toEqual([patientIds.a]);
    const record = data.patientRecords[0]!;
    expect(record.problems.map((p) => p.code)).toEqual([people.a.code]);
    expect([record.allergies.length, record.medications.length, record.observations.length, record.appointments.length]).toEqual([1, 1, 1, 1]);
    expect(data.consentLog).toHaveLength(1);
    for (const leak of [people.b.email, patientIds.b, people.b.code, 'Bo ', 'argon2', 'passwordHash']) expect(file.body).not.toContain(leak);
    expect(file.filename).toMatch(/^clinixai-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('exports a FHIR R4 collection bundle whose references all resolve', async () => {
    const file = await exportMyData(principalOf(people.a), { format: 'fhir' });
    const bundle = JSON.parse(file.body) as FhirBundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.map((e) => e.resource.resourceType).sort()).toEqual(
      ['AllergyIntolerance', 'Appointment', 'Condition', 'MedicationStatement', 'Observation', 'Patient'],
    );
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    const references = [...file.body.matchAll(/"reference": "([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const reference of references) expect(fullUrls.has(reference!)).toBe(true);
    expect(fullUrls.has(`urn:uuid:${patientIds.a}`)).toBe(true);
    const condition = bundle.entry.find((e) => e.resource.resourceType === 'Condition')!.resource;
    expect(condition.code).toMatchObject({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: people.a.code }] });
    const observation = bundle.entry.find((e) => e.resource.resourceType === 'Observation')!.resource;
    expect(observation.valueQuantity).toMatchObject({ value: 72, system: 'http://unitsofmeasure.org', code: '/min' });
    expect(file.body).not.toContain(patientIds.b);
  });

  it('refuses an unknown or missing format naming the field', async () => {
    for (const format of ['xml', null]) {
      const error = await exportMyData(principalOf(people.a), { format }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual(['format']);
    }
  });

  it("gives a receipt of the account's latest consent when the device has no consent cookie", async () => {
    const file = await consentReceipt(principalOf(people.a), { cookie: () => undefined, header: () => null });
    const receipt = JSON.parse(file.body) as { source: string; categories: { functional: boolean }; policyVersion: string };
    expect(receipt).toMatchObject({ source: 'account', categories: { functional: true }, policyVersion: '0123456789ab' });
  });
});
