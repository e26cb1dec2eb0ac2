import { and, eq } from 'drizzle-orm';
import { MockLanguageModelV2 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { clinicalNotes, intakeAlerts, noteAddenda } from '@/db/schema/encounters';
import { notificationJobs } from '@/db/schema/notifications';
import { medications } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { AppError } from '@/lib/errors';
import { checkPrescription } from '@/server/prescribing/check-prescription';
import { getPrescriptionPdf } from '@/server/prescribing/get-prescription-pdf';
import { signPrescription } from '@/server/prescribing/sign-prescription';
import { addAddendum } from './add-addendum';
import { setClinicAi } from './ai-settings';
import { draftNote } from './draft-note';
import { getIntake } from './get-intake';
import { getVisit } from './get-visit';
import { listVisitSummaries } from './list-visit-summaries';
import { recordVisitVitals } from './record-visit-vitals';
import { saveIntake } from './save-intake';
import { signNote } from './sign-note';
import { createVisitsFixture, type VisitsFixture } from './testing/visits-fixture.repo';

let f: VisitsFixture;
beforeAll(async () => {
  f = await createVisitsFixture();
});
afterAll(async () => {
  await f.handle.close();
});

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('intake', () => {
  it('saves a resumable draft, raises one alert per red flag, and becomes read-only once submitted', async () => {
    const saved = await saveIntake(f.patientA, f.appointmentId, { reason: 'Chest pain since this morning', associated: 'I am short of breath and sweating. No fever.' }, false);
    expect(saved.status).toBe('draft');
    expect(saved.analysis.redFlags[0]).toMatchObject({ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency' });
    expect(saved.alertsRaised).toBe(1);
    const again = await saveIntake(f.patientA, f.appointmentId, { reason: 'Chest pain since this morning', associated: 'I am short of breath and sweating. No fever.', freeText: 'Worse now' }, false);
    expect(again.alertsRaised).toBe(0);
    const view = await getIntake(f.patientA, f.appointmentId);
    expect(view).toMatchObject({ status: 'draft', emergencyNumber: '911', answers: { freeText: 'Worse now' } });
    expect(view.chart.allergies).toEqual(['Penicillin (Hives)']);
    const alerts = await f.handle.db.select().from(intakeAlerts).where(eq(intakeAlerts.appointmentId, f.appointmentId));
    expect(alerts).toHaveLength(1);
    const audit = await f.handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'intake.red_flag.alert'));
    expect(audit).toEqual([expect.objectContaining({ entityType: 'intake_alert', entityId: alerts[0]!.id, clinicId: f.riverside })]);
    expect(JSON.stringify(audit)).not.toMatch(/chest|breath/i);
    // The staff on duty are told (the visit's clinician among them), once per alert, without what was flagged.
    const notices = await f.handle.db.select().from(notificationJobs).where(eq(notificationJobs.event, 'intake.red_flag'));
    expect(notices.filter((job) => job.userId === f.clinician.userId && job.channel === 'in_app')).toHaveLength(1);
    expect(notices.some((job) => job.userId === f.patientA.userId)).toBe(false);
    expect(JSON.stringify(notices)).not.toMatch(/chest|breath/i);

    expect((await errorOf(saveIntake(f.patientA, f.appointmentId, { reason: '' }, true))).fieldErrors).toHaveProperty('reason');
    await saveIntake(f.patientA, f.appointmentId, { reason: 'Chest pain since this morning', associated: 'Short of breath.', medicationsConfirmed: true }, true);
    expect((await errorOf(saveIntake(f.patientA, f.appointmentId, { reason: 'changed' }, false))).code).toBe('conflict');
    expect((await getIntake(f.patientA, f.appointmentId)).status).toBe('submitted');
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const error = await errorOf(saveIntake(f.patientB, f.otherAppointmentId, { reason: 'x'.repeat(501) }, false));
    expect(error.fieldErrors).toHaveProperty('reason');
    expect((await errorOf(saveIntake(f.patientB, f.otherAppointmentId, { reason: 42 }, false))).fieldErrors).toHaveProperty('reason');
    expect((await getIntake(f.patientB, f.otherAppointmentId)).status).toBe('new');
  });

  it('refuses an intake for a cancelled visit', async () => {
    await f.handle.db.update(appointments).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(appointments.id, f.cancelledAppointmentId));
    expect((await errorOf(saveIntake(f.patientA, f.cancelledAppointmentId, { reason: 'x' }, false))).code).toBe('conflict');
  });

  it('answers 404 for another patient’s visit, another clinic, staff and malformed ids', async () => {
    expect((await errorOf(getIntake(f.patientB, f.appointmentId))).code).toBe('not_found');
    expect((await errorOf(saveIntake(f.patientB, f.appointmentId, {}, false))).code).toBe('not_found');
    expect((await errorOf(getIntake(f.clinician, f.appointmentId))).code).toBe('not_found');
    for (const bad of ['', 'nope', "1' or '1'='1", undefined]) expect((await errorOf(getIntake(f.patientA, bad))).code).toBe('not_found');
  });
});

describe('visit note', () => {
  it('drafts with sources, signs, and the database refuses any later change; corrections are addenda', async () => {
    await recordVisitVitals(f.clinician, f.appointmentId, { heartRate: '112', respiratoryRate: '22', systolic: '128', diastolic: '82', temperature: '37.2', spo2: '95', weight: '80', height: '180' });
    const visit = await getVisit(f.clinician, f.appointmentId);
    expect(visit.intake?.redFlags[0]?.id).toBe('chest_pain_breathless_or_sweating');
    const draft = await draftNote(f.clinician, f.appointmentId, { clinicianText: 'Possible angina. Refer to emergency department.', consciousness: 'A', onOxygen: false });
    const all = Object.values(draft.sections).flat();
    for (const s of all) expect(s.sources.length).toBeGreaterThan(0);
    expect(draft.sections.objective.map((s) => s.text)).toEqual(expect.arrayContaining(['Heart rate 112 /min.', 'Body temperature 37.2 °C.', expect.stringMatching(/^National Early Warning Score 2 \(NEWS2\): 5 \(medium\)/)]));
    expect(draft.draftedBy).toBe('deterministic engine (no language model is configured for this installation)');

    const edit = Object.fromEntries(Object.entries(draft.sections).map(([k, v]) => [k, v.map((s) => ({ id: s.id, text: s.text }))]));
    edit.plan!.push({ id: 'new', text: 'Call 911 if the pain returns.' });
    await signNote(f.clinician, f.appointmentId, edit);
    const [row] = await f.handle.db.select().from(clinicalNotes).where(eq(clinicalNotes.appointmentId, f.appointmentId));
    expect(row).toMatchObject({ status: 'signed', editedByClinician: true });
    expect((await errorOf(signNote(f.clinician, f.appointmentId, edit))).code).toBe('conflict');
    expect((await errorOf(draftNote(f.clinician, f.appointmentId, {}))).code).toBe('conflict');

    const refused = await f.handle.db.update(clinicalNotes).set({ draftedBy: 'tampered' }).where(eq(clinicalNotes.id, row!.id)).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(String((refused as Error & { cause?: unknown }).cause ?? refused)).toMatch(/signed and cannot be changed/);

    await addAddendum(f.clinician, f.appointmentId, { text: 'Troponin came back normal.' });
    expect((await errorOf(addAddendum(f.clinician, f.appointmentId, { text: '  ' }))).fieldErrors).toHaveProperty('text');
    const [addendum] = await f.handle.db.select().from(noteAddenda).where(eq(noteAddenda.noteId, row!.id));
    const addendumChange = await f.handle.db.update(noteAddenda).set({ text: 'x' }).where(eq(noteAddenda.id, addendum!.id)).then(() => null, (e: unknown) => e);
    expect(addendumChange).toBeInstanceOf(Error);
    const actions = (await f.handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, row!.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['note.draft.engine', 'note.sign.edited', 'note.addendum']));

    const summaries = await listVisitSummaries(f.patientA);
    expect(summaries[0]?.summary.nextSteps).toEqual(['Refer to emergency department.', 'Call 911 if the pain returns.']);
    expect(summaries[0]?.summary.reason).toBe('Chest pain since this morning');
  });

  it('answers 404 to another clinic, patients and admins; an admin cannot sign', async () => {
    expect((await errorOf(getVisit(f.harborClinician, f.appointmentId))).code).toBe('not_found');
    expect((await errorOf(draftNote(f.harborClinician, f.appointmentId, {}))).code).toBe('not_found');
    expect((await errorOf(getVisit(f.patientA, f.appointmentId))).code).toBe('not_found');
    expect((await errorOf(signNote(f.admin, f.appointmentId, {}))).code).toBe('not_found');
    const denied = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, f.harborClinician.userId), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThan(0);
  });

  it('refuses impossible vitals naming the field, storing none', async () => {
    const error = await errorOf(recordVisitVitals(f.clinician, f.otherAppointmentId, { heartRate: '900', temperature: '37' }));
    expect(error.fieldErrors).toHaveProperty('heartRate');
    expect((await getVisit(f.clinician, f.otherAppointmentId)).chart.vitals).toEqual([]);
  });
});

describe('prescribing', () => {
  const rx = { drug: 'clarithromycin', dose: '500 mg', route: 'oral', frequency: 'twice daily', durationDays: '7', quantity: '14', refills: '0' };

  it('stops a high-priority interaction until an override reason is given, audits the override and adds the drug to the list', async () => {
    const check = await checkPrescription(f.clinician, f.appointmentId, { drug: 'clarithromycin' });
    expect(check.requiresOverride).toBe(true);
    expect(check.alerts[0]).toMatchObject({ kind: 'interaction', hardStop: true });
    const refused = await errorOf(signPrescription(f.clinician, f.appointmentId, rx));
    expect(refused.fieldErrors).toHaveProperty('overrideReason');
    const { id } = await signPrescription(f.clinician, f.appointmentId, { ...rx, overrideReason: 'Short course; statin paused by the patient for 7 days.' });
    const actions = (await f.handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['prescription.sign', 'prescription.override']));
    const list = await f.handle.db.select().from(medications).where(eq(medications.patientId, f.patientA.patientId));
    expect(list.map((m) => m.genericName)).toContain('clarithromycin');
    const pdf = await getPrescriptionPdf(f.clinician, id);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    expect((await errorOf(getPrescriptionPdf(f.harborClinician, id))).code).toBe('not_found');
  });

  it('treats an allergy conflict as a hard stop and refuses bad fields', async () => {
    expect((await checkPrescription(f.clinician, f.appointmentId, { drug: 'amoxicillin' })).alerts[0]).toMatchObject({ kind: 'allergy', hardStop: true });
    const error = await errorOf(signPrescription(f.clinician, f.appointmentId, { ...rx, drug: '', route: 'teleport', refills: '-1' }));
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['drug', 'route', 'refills']));
    expect((await errorOf(checkPrescription(f.admin, f.appointmentId, { drug: 'x' }))).code).toBe('not_found');
  });
});

describe('optional language model', () => {
  const mock = () =>
    new MockLanguageModelV2({
      doGenerate: async () => ({
        content: [{ type: 'text', text: JSON.stringify({ subjective: [], objective: ['Heart rate 64 per minute.'], assessment: ['Well.'], plan: [] }) }],
        finishReason: 'stop',
        usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
        warnings: [],
      }),
    });

  it('is used only when the clinic switched it on; its unsupported numbers are flagged; the use is audited', async () => {
    const off = await draftNote(f.clinician, f.otherAppointmentId, { clinicianText: 'Well.' }, new Date(), { model: mock(), name: 'mock-model' });
    expect(off.draftedBy).toBe('deterministic engine (AI rewriting is switched off for this clinic)');
    expect((await errorOf(setClinicAi(f.clinician, true))).code).toBe('not_found');
    await setClinicAi(f.admin, true);
    const on = await draftNote(f.clinician, f.otherAppointmentId, { clinicianText: 'Well.' }, new Date(), { model: mock(), name: 'mock-model' });
    expect(on.draftedBy).toBe('language model mock-model');
    expect(on.sections.objective[0]).toMatchObject({ origin: 'model', sources: [], flags: ['Number with no source: 64', 'Restates nothing in the draft: no source'] });
    const actions = (await f.handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, on.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['note.draft.engine', 'note.draft.model']));
    await setClinicAi(f.admin, false);
  });
});
