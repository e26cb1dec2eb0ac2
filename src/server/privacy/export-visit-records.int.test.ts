import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { clinicalNotes, intakeAlerts, intakes, noteAddenda, prescriptions } from '@/db/schema/encounters';
import { medications, observations, patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Principal } from '@/server/access/principal';
import { analyzeIntake } from '@/server/encounters/analyze-intake';
import { intakeAnswersSchema } from '@/server/encounters/intake.schemas';
import { collectPersonalData } from './collect-personal-data';
import { exportMyData } from './export-my-data';
import type { PersonalDataExport } from './export.schemas';
import type { FhirBundle } from './fhir-bundle';

/**
 * The visit records in "Download my data": Ada is a patient of two clinics, with a submitted intake that raised a
 * red flag, a signed note with an addendum and a visit summary, an unsigned draft note and a draft intake (neither
 * may appear), vitals and prescriptions. Bo, in the first clinic, has the same kinds of records, none of which may
 * appear in Ada's file.
 */
let handle: DatabaseHandle;
const clinicIds = [randomUUID(), randomUUID()] as const;
const clinicianId = randomUUID();
const ada = { id: randomUUID(), email: 'ada.visits@example.org', name: 'Ada' };
const bo = { id: randomUUID(), email: 'bo.visits@example.org', name: 'Bo' };
const principalOf = (person: { id: string; email: string }): Principal => ({
  userId: person.id, name: null, email: person.email, sessionId: 'test', active: null, memberships: [], permissions: new Set(),
});

const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const chestPain = intakeAnswersSchema.parse({ reason: 'Chest pain since this morning', associated: 'Short of breath and sweating. No fever.', medicationsConfirmed: true });
const sentence = (text: string, origin = 'engine') => ({ id: randomUUID().slice(0, 8), text, sources: [], origin });

async function appointment(clinicId: string, patientId: string, visitTypeId: string, startsAt: Date) {
  const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
  const [row] = await handle.db
    .insert(appointments)
    .values({ clinicId, patientId, clinicianUserId: clinicianId, visitTypeId, startsAt, endsAt, blockedFrom: startsAt, blockedUntil: endsAt, status: 'completed' })
    .returning({ id: appointments.id });
  return row!.id;
}

async function prescribe(clinicId: string, patientId: string, appointmentId: string, drug: string, status: 'active' | 'stopped', extra: { overrideReason?: string; signedAt?: Date } = {}) {
  const [medication] = await handle.db.insert(medications).values({ clinicId, patientId, genericName: drug, dose: '10 mg', route: 'oral', frequency: 'once daily', status }).returning();
  await handle.db.insert(prescriptions).values({
    clinicId, patientId, appointmentId, medicationId: medication!.id, drug, dose: '10 mg', route: 'oral', frequency: 'once daily', durationDays: 30, quantity: 30, refills: 2,
    prescriberUserId: clinicianId, overrideReason: extra.overrideReason ?? null, alerts: extra.overrideReason ? [{ kind: 'interaction', hardStop: true, title: 'High-priority interaction' }] : [],
    signedAt: extra.signedAt ?? daysAgo(1),
  });
}

/** One clinic's record of a person, with a visit carrying every kind of visit record, and a second visit with drafts. */
async function seedRecord(person: { id: string; name: string }, clinicId: string, visitTypeId: string, marker: string, hour: number) {
  const patientId = randomUUID();
  await handle.db.insert(memberships).values({ userId: person.id, clinicId, role: 'patient' });
  await handle.db.insert(patients).values({ id: patientId, clinicId, userId: person.id, recordNumber: `MRN-${marker}`, givenName: person.name, familyName: 'Visitor', dateOfBirth: '1980-02-03', sexAtBirth: 'female' });
  // One clinician sees everyone, so each record's visits take their own hour (the database refuses double booking).
  const visit = await appointment(clinicId, patientId, visitTypeId, new Date(daysAgo(2).getTime() + hour * 3_600_000));
  const later = await appointment(clinicId, patientId, visitTypeId, new Date(daysAgo(1).getTime() + hour * 3_600_000));

  const answers = { ...chestPain, freeText: `${marker} intake words` };
  const flags = analyzeIntake(answers).redFlags;
  const [intake] = await handle.db
    .insert(intakes)
    .values({ clinicId, patientId, appointmentId: visit, status: 'submitted', answers, redFlagIds: flags.map((f) => f.id), submittedAt: daysAgo(2) })
    .returning();
  await handle.db.insert(intakeAlerts).values({ clinicId, patientId, appointmentId: visit, intakeId: intake!.id, ruleId: flags[0]!.id, urgency: flags[0]!.urgency });
  await handle.db.insert(intakes).values({ clinicId, patientId, appointmentId: later, status: 'draft', answers: { reason: `${marker} DRAFT-INTAKE` } });

  const sections = { subjective: [sentence('Reports chest pain.')], objective: [sentence('Heart rate 112 /min.')], assessment: [sentence(`${marker} signed assessment.`, 'clinician')], plan: [sentence('Refer to the emergency department today.')] };
  const summary = { reason: 'Chest pain since this morning', toldUs: ['You told us about chest pain.'], measured: ['Heart rate 112 /min.'], assessment: [`${marker} signed assessment.`], nextSteps: ['Refer to the emergency department today.'] };
  const [note] = await handle.db
    .insert(clinicalNotes)
    .values({ clinicId, patientId, appointmentId: visit, status: 'signed', sections, draftedBy: 'deterministic engine', editedByClinician: true, authorUserId: clinicianId, signedByUserId: clinicianId, signedAt: daysAgo(2), patientSummary: summary })
    .returning();
  await handle.db.insert(noteAddenda).values({ clinicId, noteId: note!.id, text: `${marker} addendum: ECG reviewed.`, authorUserId: clinicianId });
  await handle.db.insert(clinicalNotes).values({ clinicId, patientId, appointmentId: later, status: 'draft', sections: { subjective: [sentence(`${marker} DRAFT-NOTE not signed.`)], objective: [], assessment: [], plan: [] }, draftedBy: 'deterministic engine', authorUserId: clinicianId });

  await handle.db.insert(observations).values({ clinicId, patientId, loincCode: '8480-6', display: 'Systolic blood pressure', value: 128, unit: 'mm[Hg]', effectiveAt: daysAgo(2), recordedByUserId: clinicianId });
  return { patientId, visit };
}

const records: Record<string, { patientId: string; visit: string }> = {};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  await handle.db.insert(users).values([
    { id: clinicianId, email: 'dr.visits@example.org', name: 'Dr Visit' },
    { id: ada.id, email: ada.email, name: 'Ada Visitor' },
    { id: bo.id, email: bo.email, name: 'Bo Visitor' },
  ]);
  const typeIds: string[] = [];
  for (const [index, id] of clinicIds.entries()) {
    await handle.db.insert(clinics).values({ id, slug: `v-${id.slice(0, 8)}`, name: `Visit Clinic ${index + 1}`, timeZone: 'Europe/London', country: 'GB' });
    const [type] = await handle.db.insert(visitTypes).values({ clinicId: id, name: 'Check-up', durationMinutes: 20, mode: index === 0 ? 'in_person' : 'video', priceMinor: 0, currency: 'GBP' }).returning();
    typeIds.push(type!.id);
  }
  records.ada1 = await seedRecord(ada, clinicIds[0], typeIds[0]!, 'ADA-ONE', 0);
  records.ada2 = await seedRecord(ada, clinicIds[1], typeIds[1]!, 'ADA-TWO', 1);
  records.bo = await seedRecord(bo, clinicIds[0], typeIds[0]!, 'BO-ONE', 2);
  await prescribe(clinicIds[0], records.ada1.patientId, records.ada1.visit, 'cetirizine', 'active');
  await prescribe(clinicIds[1], records.ada2.patientId, records.ada2.visit, 'clarithromycin', 'stopped', { overrideReason: 'Statin paused for the course' });
  await prescribe(clinicIds[0], records.ada1.patientId, records.ada1.visit, 'loratadine', 'active', { signedAt: daysAgo(200) });
  await prescribe(clinicIds[0], records.bo.patientId, records.bo.visit, 'bo-only-drug', 'active');
});

afterAll(async () => {
  await handle.close();
});

const boLeaks = () => ['BO-ONE', 'bo-only-drug', bo.email, records.bo!.patientId, records.bo!.visit];

describe('visit records in the export', () => {
  it('puts submitted intakes, signed notes with addenda and summaries, vitals and prescriptions of both clinics in the JSON, and no drafts', async () => {
    const file = await exportMyData(principalOf(ada), { format: 'json' });
    const data = JSON.parse(file.body) as PersonalDataExport;
    expect(data.patientRecords.map((r) => r.clinicName).sort()).toEqual(['Visit Clinic 1', 'Visit Clinic 2']);
    const [one, two] = [records.ada1!.patientId, records.ada2!.patientId].map((id) => data.patientRecords.find((r) => r.id === id)!);

    for (const record of [one!, two!]) {
      expect(record.intakes).toHaveLength(1);
      const [intake] = record.intakes;
      expect(intake).toMatchObject({ answers: { reason: 'Chest pain since this morning' } });
      expect(intake!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'yes' }), expect.objectContaining({ status: 'no' })]));
      expect(intake!.redFlags.length).toBeGreaterThan(0);
      expect(intake!.redFlags[0]).toMatchObject({ urgency: 'emergency', title: expect.stringMatching(/chest pain/i) });
      expect(intake!.redFlags[0]!.raisedAt).not.toBeNull();

      expect(record.notes).toHaveLength(1);
      const [note] = record.notes;
      expect(note!.sections.plan).toEqual([{ text: 'Refer to the emergency department today.', origin: 'engine' }]);
      expect(note!.addenda.map((a) => a.text)).toEqual([expect.stringContaining('addendum: ECG reviewed.')]);
      expect(note).toMatchObject({ signedBy: 'Dr Visit', draftedBy: 'deterministic engine', visitSummary: { toldUs: ['You told us about chest pain.'] } });
      expect(record.observations.map((o) => o.loincCode)).toEqual(['8480-6']);
    }
    expect(one!.prescriptions.map((p) => [p.drug, p.status])).toEqual([['loratadine', 'expired'], ['cetirizine', 'active']]);
    expect(one!.prescriptions[1]).toMatchObject({ dose: '10 mg', route: 'oral', frequency: 'once daily', durationDays: 30, quantity: 30, refills: 2, prescriberName: 'Dr Visit', overrideReason: null });
    expect(two!.prescriptions).toEqual([expect.objectContaining({ drug: 'clarithromycin', status: 'ended', overrideReason: 'Statin paused for the course', alerts: [expect.objectContaining({ hardStop: true })] })]);

    for (const leak of ['DRAFT-NOTE', 'DRAFT-INTAKE', ...boLeaks()]) expect(file.body).not.toContain(leak);
  });

  it('gives FHIR resources for them that refer to the Patient and the visit\'s Encounter, every reference resolving', async () => {
    const file = await exportMyData(principalOf(ada), { format: 'fhir' });
    const bundle = JSON.parse(file.body) as FhirBundle;
    const count = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type).length;
    expect([count('Patient'), count('Encounter'), count('QuestionnaireResponse'), count('Composition'), count('MedicationRequest')]).toEqual([2, 2, 2, 2, 3]);
    expect(count('Flag')).toBeGreaterThanOrEqual(2);

    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(fullUrls.size).toBe(bundle.entry.length);
    const references = [...file.body.matchAll(/"reference": "([^"]+)"/g)].map((m) => m[1]!);
    for (const reference of references) expect(fullUrls.has(reference)).toBe(true);

    const resource = (type: string, where: (r: Record<string, unknown>) => boolean = () => true) => bundle.entry.map((e) => e.resource).find((r) => r.resourceType === type && where(r))!;
    const encounter = resource('Encounter', (r) => JSON.stringify(r.appointment).includes(records.ada1!.visit));
    expect(encounter).toMatchObject({ status: 'finished', class: { code: 'AMB' }, subject: { reference: `urn:uuid:${records.ada1!.patientId}` } });
    const encounterRef = { reference: `urn:uuid:${encounter.id}` };
    expect(resource('Encounter', (r) => r.id !== encounter.id)).toMatchObject({ class: { code: 'VR' } });

    const composition = resource('Composition', (r) => JSON.stringify(r.encounter) === JSON.stringify(encounterRef));
    expect(composition).toMatchObject({ status: 'amended', subject: { reference: `urn:uuid:${records.ada1!.patientId}` }, type: { coding: [{ code: '11506-3' }] } });
    expect(JSON.stringify(composition.section)).toContain('ADA-ONE addendum: ECG reviewed.');
    expect(resource('QuestionnaireResponse', (r) => JSON.stringify(r.encounter) === JSON.stringify(encounterRef))).toMatchObject({
      status: 'completed', item: expect.arrayContaining([{ linkId: 'reason', text: 'Reason for visit', answer: [{ valueString: 'Chest pain since this morning' }] }]),
    });
    expect(resource('MedicationRequest', (r) => JSON.stringify(r.medicationCodeableConcept).includes('cetirizine'))).toMatchObject({
      status: 'active', intent: 'order', encounter: encounterRef, requester: { display: 'Dr Visit' },
      dispenseRequest: { numberOfRepeatsAllowed: 2, quantity: { value: 30 }, expectedSupplyDuration: { value: 30, code: 'd' } },
    });
    expect(resource('MedicationRequest', (r) => JSON.stringify(r.medicationCodeableConcept).includes('clarithromycin'))).toMatchObject({ status: 'stopped', note: [{ text: expect.stringContaining('Statin paused') }] });
    expect(resource('Observation')).toMatchObject({ category: [{ coding: [{ code: 'vital-signs' }] }] });

    for (const leak of ['DRAFT-NOTE', 'DRAFT-INTAKE', ...boLeaks()]) expect(file.body).not.toContain(leak);
  });

  it('audits the export in each clinic whose record was read', async () => {
    await exportMyData(principalOf(ada), { format: 'json' });
    for (const [key, clinicId] of [['ada1', clinicIds[0]], ['ada2', clinicIds[1]]] as const) {
      const events = await handle.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.clinicId, clinicId), eq(auditEvents.action, 'privacy.export'), eq(auditEvents.entityId, records[key]!.patientId)));
      expect(events.length).toBeGreaterThan(0);
    }
  });

  it('reports every part it reads, the visit records included, in order', async () => {
    const steps: [number, number, string][] = [];
    await collectPersonalData(ada.id, now, async (done, total, step) => {
      steps.push([done, total, step]);
    });
    expect(steps.map(([, , step]) => step)).toEqual(expect.arrayContaining(['intakes', 'red-flag alerts', 'visit notes', 'addenda', 'prescriptions']));
    expect(steps.map(([done]) => done)).toEqual(steps.map((_, index) => index));
    expect(new Set(steps.map(([, total]) => total))).toEqual(new Set([steps.length]));
  });
});
