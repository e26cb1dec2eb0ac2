import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { problems } from '@/db/schema/patients';
import { AppError } from '@/lib/errors';
import { addAllergy, addMedication, addProblem } from './add-chart-entry';
import { confirmEntry, recordObservation, setMedicationStatusOf, setProblemStatusOf } from './clinical-chart-changes';
import { readChart } from './read-chart';
import { createPatientsFixture, type PatientsFixture } from './testing/fixtures.repo';
import { updateContactDetails } from './update-contact-details';

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
const eventsOn = (patientId: string) => f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'patient'), eq(auditEvents.entityId, patientId)));

describe('reading a chart', () => {
  it('gives a clinician the chart and records chart.read on the patient', async () => {
    const chart = await readChart(f.clinician, f.ids['RFC-000103']);
    expect(chart.patient).toMatchObject({ mrn: 'RFC-000103', name: 'Marcus Bennett', birthDate: '1968-11-20' });
    expect(chart.viewer).toEqual({ kind: 'staff', canWrite: true });
    const events = (await eventsOn(f.ids['RFC-000103']!)).filter((e) => e.action === 'chart.read');
    expect(events).toEqual([expect.objectContaining({ actorUserId: f.clinician.userId, actingRole: 'clinician', clinicId: f.riverside, outcome: 'allowed' })]);
  });

  it('answers 404 to staff of another clinic and records the denial', async () => {
    const error = await errorOf(readChart(f.harborClinician, f.ids['RFC-000104']));
    expect(error.code).toBe('not_found');
    expect(error.message).not.toMatch(/Hern/);
    const denials = (await eventsOn(f.ids['RFC-000104']!)).filter((e) => e.outcome === 'denied');
    expect(denials).toEqual([expect.objectContaining({ action: 'chart.read', actorUserId: f.harborClinician.userId, clinicId: f.harbor })]);
  });

  it('lets a patient read their own chart only; another patient\u2019s is not found', async () => {
    const own = await readChart(f.patientA, f.patientA.patientId);
    expect(own.viewer).toEqual({ kind: 'patient', canWrite: false });
    expect((await errorOf(readChart(f.patientA, f.patientB.patientId))).code).toBe('not_found');
  });

  it('answers 404 to roles without chart access and to malformed ids', async () => {
    expect((await errorOf(readChart(f.admin, f.ids['RFC-000101']))).code).toBe('not_found');
    expect((await errorOf(readChart(f.platformAdmin, f.ids['RFC-000101']))).code).toBe('not_found');
    for (const bad of ['', 'not-a-uuid', "1' or '1'='1", '../../etc/passwd', undefined, 42]) {
      expect((await errorOf(readChart(f.clinician, bad))).code).toBe('not_found');
    }
  });
});

describe('clinicians editing a chart', () => {
  const patient = () => f.ids['RFC-000105']!;

  it('adds a coded problem, an allergy, a medication and a vital, each audited', async () => {
    await addProblem(f.clinician, patient(), { code: 'i10', onsetDate: '2020-05-01' });
    await addAllergy(f.clinician, patient(), { substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' });
    const { id: medicationId } = await addMedication(f.clinician, patient(), { genericName: 'lisinopril', dose: '10 mg', route: 'oral', frequency: 'once daily' });
    await recordObservation(f.clinician, patient(), { loincCode: '8867-4', value: '72' });
    const chart = await readChart(f.clinician, patient());
    expect(chart.problems).toEqual([expect.objectContaining({ code: 'I10', display: 'Essential (primary) hypertension', status: 'active', verification: 'confirmed' })]);
    expect(chart.allergies[0]).toMatchObject({ substance: 'Penicillin', severity: 'moderate' });
    expect(chart.observations[0]).toMatchObject({ loincCode: '8867-4', value: 72, unit: '/min', display: 'Heart rate' });
    await setMedicationStatusOf(f.clinician, patient(), { entryId: medicationId, status: 'stopped' });
    expect((await readChart(f.clinician, patient())).medications[0]?.status).toBe('stopped');
    const actions = (await eventsOn(patient())).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['chart.problem.add', 'chart.allergy.add', 'chart.medication.add', 'chart.observation.add', 'chart.medication.stop']));
    for (const event of await eventsOn(patient())) expect(JSON.stringify(event)).not.toMatch(/Penicillin|Hives|lisinopril/i);
  });

  it('refuses a heart rate of 900 naming the field and its limits, and stores nothing', async () => {
    const error = await errorOf(recordObservation(f.clinician, patient(), { loincCode: '8867-4', value: 900 }));
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors?.value?.[0]).toBe('Heart rate must be between 20 and 300 /min.');
    expect((await readChart(f.clinician, patient())).observations.filter((o) => o.value === 900)).toEqual([]);
  });

  it('names every bad field for nasty input', async () => {
    const problem = await errorOf(addProblem(f.clinician, patient(), { code: "I10'; drop table problems;--", onsetDate: '2999-01-01' }));
    expect(Object.keys(problem.fieldErrors ?? {}).sort()).toEqual(['code', 'onsetDate']);
    const allergy = await errorOf(addAllergy(f.clinician, patient(), { substance: '   ', reaction: 'x'.repeat(201), severity: 'deadly' }));
    expect(Object.keys(allergy.fieldErrors ?? {}).sort()).toEqual(['reaction', 'severity', 'substance']);
    const medication = await errorOf(addMedication(f.clinician, patient(), { genericName: 'a\u0000b', dose: 5, route: 'by magic', frequency: '' }));
    expect(Object.keys(medication.fieldErrors ?? {}).sort()).toEqual(['dose', 'frequency', 'genericName', 'route']);
    const observation = await errorOf(recordObservation(f.clinician, patient(), { loincCode: '0000-0', value: 'NaN' }));
    expect(Object.keys(observation.fieldErrors ?? {}).sort()).toEqual(['loincCode', 'value']);
    // HTML is stored as the text it is; React escapes it on screen.
    await addAllergy(f.clinician, patient(), { substance: '<img src=x onerror=alert(1)>', reaction: 'Ω≈ç√ 😀', severity: 'mild' });
    expect((await readChart(f.clinician, patient())).allergies.map((a) => a.substance)).toContain('<img src=x onerror=alert(1)>');
  });

  it('cannot touch another clinic\u2019s patient or an entry of another chart', async () => {
    expect((await errorOf(addProblem(f.harborClinician, patient(), { code: 'I10' }))).code).toBe('not_found');
    const [entry] = await f.handle.db.select().from(problems).where(eq(problems.patientId, patient()));
    const otherChart = f.ids['RFC-000106'];
    expect((await errorOf(setProblemStatusOf(f.clinician, otherChart, { entryId: entry!.id, status: 'resolved' }))).code).toBe('not_found');
    await setProblemStatusOf(f.clinician, patient(), { entryId: entry!.id, status: 'resolved' });
    expect((await readChart(f.clinician, patient())).problems[0]?.status).toBe('resolved');
  });
});

describe('patients contributing to their own chart', () => {
  it('self-reports history unconfirmed, which a clinician confirms', async () => {
    const { id } = await addAllergy(f.patientA, f.patientA.patientId, { substance: 'Shellfish', reaction: 'Swollen lips', severity: 'severe' });
    const before = await readChart(f.patientA, f.patientA.patientId);
    expect(before.allergies.find((a) => a.id === id)?.verification).toBe('unconfirmed');
    await confirmEntry(f.clinician, f.patientA.patientId, { kind: 'allergy', entryId: id });
    expect((await readChart(f.patientA, f.patientA.patientId)).allergies.find((a) => a.id === id)?.verification).toBe('confirmed');
  });

  it('edits their contact details but not clinical data, and nothing of another patient', async () => {
    await updateContactDetails(f.patientA, f.patientA.patientId, { phone: '(518) 555-0199', email: 'jordan@example.com' });
    expect((await readChart(f.patientA, f.patientA.patientId)).patient).toMatchObject({ phone: '(518) 555-0199', email: 'jordan@example.com', addressLine: null });
    const bad = await errorOf(updateContactDetails(f.patientA, f.patientA.patientId, { phone: 'call me', email: 'nope' }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['email', 'phone']);
    expect((await errorOf(recordObservation(f.patientA, f.patientA.patientId, { loincCode: '8867-4', value: 60 }))).code).toBe('not_found');
    expect((await errorOf(updateContactDetails(f.patientA, f.patientB.patientId, { phone: '123456' }))).code).toBe('not_found');
    expect((await errorOf(confirmEntry(f.patientA, f.patientA.patientId, { kind: 'allergy', entryId: f.patientA.patientId }))).code).toBe('not_found');
  });
});
