import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { clinicalNotes, intakeAlerts } from '@/db/schema/encounters';
import { AppError } from '@/lib/errors';
import { addAddendum } from './add-addendum';
import { draftNote } from './draft-note';
import { acknowledgeIntakeAlert, listIntakeAlerts } from './intake-alerts';
import { listNotes } from './list-notes';
import { readVisitIntake } from './read-visit-intake';
import { readVisitNote } from './read-visit-note';
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
const chestPain = { reason: 'Chest pain since this morning', associated: 'I am short of breath and sweating. No fever.' };
const deniedBy = async (userId: string, action: string) =>
  (await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, action), eq(auditEvents.outcome, 'denied')))).length;

describe('visit intake resource', () => {
  it('is the visit’s patient’s and the clinic’s clinicians’; anyone else gets not found, a malformed id from them a field error', async () => {
    expect(await readVisitIntake(f.patientB, f.otherAppointmentId)).toMatchObject({ status: 'not_started', answers: null, redFlags: [] });
    await saveIntake(f.patientA, f.appointmentId, chestPain, false);
    const own = await readVisitIntake(f.patientA, f.appointmentId);
    expect(own).toMatchObject({ appointmentId: f.appointmentId, status: 'draft', answers: { reason: 'Chest pain since this morning' } });
    expect(own.redFlags[0]).toMatchObject({ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency', title: 'Chest pain with breathlessness or sweating' });
    expect(own.findings).toEqual(expect.arrayContaining([expect.objectContaining({ assertion: 'negated' }), expect.objectContaining({ assertion: 'affirmed' })]));
    expect(await readVisitIntake(f.clinician, f.appointmentId)).toEqual(own);

    for (const other of [f.patientB, f.harborClinician, f.admin, f.platformAdmin]) expect((await errorOf(readVisitIntake(other, f.appointmentId))).code).toBe('not_found');
    expect((await errorOf(readVisitIntake(f.clinician, 'not-a-visit'))).fieldErrors).toHaveProperty('appointmentId');
    expect((await errorOf(readVisitIntake(f.admin, 'not-a-visit'))).code).toBe('not_found');
    expect(await deniedBy(f.harborClinician.userId, 'intake.read')).toBe(1);
  });
});

describe('intake alerts', () => {
  it('lists open alerts emergency first, newest first within an urgency, without the patient’s words', async () => {
    const urgent = await saveIntake(f.patientB, f.otherAppointmentId, { reason: 'I noticed blood in my stool' }, false);
    expect(urgent.analysis.redFlags.map((r) => r.urgency)).toEqual(['urgent']);
    await saveIntake(f.patientA, f.cancelledAppointmentId, chestPain, false);
    const list = await listIntakeAlerts(f.clinician);
    expect(list.open.map((a) => [a.appointmentId, a.urgency])).toEqual([
      [f.cancelledAppointmentId, 'emergency'],
      [f.appointmentId, 'emergency'],
      [f.otherAppointmentId, 'urgent'],
    ]);
    expect(list.open[0]).toMatchObject({ patient: { name: 'Jordan Rivera' }, rule: 'Chest pain with breathlessness or sweating', acknowledgedAt: null, visitPath: `/clinician/visits/${f.cancelledAppointmentId}` });
    expect(list.open[0]!.visitTime).toMatch(/E[SD]T$/);
    expect(list.acknowledged).toEqual([]);
    expect(JSON.stringify(list)).not.toMatch(/noticed|this morning|short of breath/i);
    expect((await listIntakeAlerts(f.harborClinician)).open).toEqual([]);
  });

  it('a clinician of the clinic acknowledges once: who and when are kept, audited once, and the alert moves to the acknowledged list', async () => {
    const [first] = (await listIntakeAlerts(f.clinician)).open;
    const ack = await acknowledgeIntakeAlert(f.clinician, first!.id);
    expect(ack).toMatchObject({ id: first!.id, acknowledgedBy: 'Dee Doc', changed: true });
    const again = await acknowledgeIntakeAlert(f.clinician, first!.id);
    expect(again).toEqual({ ...ack, changed: false });
    const [row] = await f.handle.db.select().from(intakeAlerts).where(eq(intakeAlerts.id, first!.id));
    expect(row).toMatchObject({ acknowledgedByUserId: f.clinician.userId });
    expect(row!.acknowledgedAt?.toISOString()).toBe(ack.acknowledgedAt);
    const events = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, first!.id), eq(auditEvents.action, 'intake_alert.acknowledge')));
    expect(events).toEqual([expect.objectContaining({ outcome: 'allowed', actorUserId: f.clinician.userId, clinicId: f.riverside })]);

    const after = await listIntakeAlerts(f.clinician);
    expect(after.open.map((a) => a.id)).not.toContain(first!.id);
    expect(after.open).toHaveLength(2);
    expect(after.acknowledged).toEqual([expect.objectContaining({ id: first!.id, acknowledgedBy: 'Dee Doc', acknowledgedAt: ack.acknowledgedAt })]);
  });

  it('another clinic’s clinician, admins and patients get not found and change nothing; bad ids are named', async () => {
    const [open] = (await listIntakeAlerts(f.clinician)).open;
    for (const other of [f.harborClinician, f.admin, f.patientA]) expect((await errorOf(acknowledgeIntakeAlert(other, open!.id))).code).toBe('not_found');
    for (const other of [f.admin, f.patientA, f.platformAdmin]) expect((await errorOf(listIntakeAlerts(other))).code).toBe('not_found');
    const [row] = await f.handle.db.select().from(intakeAlerts).where(eq(intakeAlerts.id, open!.id));
    expect(row).toMatchObject({ acknowledgedAt: null, acknowledgedByUserId: null });
    expect(await deniedBy(f.harborClinician.userId, 'intake_alert.acknowledge')).toBe(1);
    expect(await deniedBy(f.admin.userId, 'intake_alert.acknowledge')).toBe(1);
    expect((await errorOf(acknowledgeIntakeAlert(f.clinician, 'nope'))).fieldErrors).toHaveProperty('id');
    expect((await errorOf(acknowledgeIntakeAlert(f.clinician, '00000000-0000-4000-8000-000000000000'))).code).toBe('not_found');
  });
});

describe('notes to sign', () => {
  const editOf = (sections: Record<string, { id: string; text: string }[]>) => Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.map((s) => ({ id: s.id, text: s.text }))]));

  it('lists the clinician’s drafts oldest visit first with how long they wait; a signed note moves to recently signed', async () => {
    await draftNote(f.clinician, f.otherAppointmentId, { clinicianText: 'Review in two weeks.' });
    const draftA = await draftNote(f.clinician, f.appointmentId, { clinicianText: 'Possible angina. Refer to emergency department.' });
    // A draft the clinician changed and saved (the editor's autosave sets this flag) reads as edited.
    await f.handle.db.update(clinicalNotes).set({ editedByClinician: true }).where(eq(clinicalNotes.appointmentId, f.otherAppointmentId));
    const later = new Date(Date.now() + 90 * 60_000);
    const unsigned = await listNotes(f.clinician, 'unsigned', later);
    expect(unsigned).toMatchObject({ status: 'unsigned', timeZone: 'America/New_York', signedSince: null });
    expect(unsigned.items.map((n) => [n.appointmentId, n.patient.name, n.status])).toEqual([
      [f.appointmentId, 'Jordan Rivera', 'ai_drafted'],
      [f.otherAppointmentId, 'Priya Raman', 'edited'],
    ]);
    expect(unsigned.items[0]).toMatchObject({ noteId: draftA.id, visitPath: `/clinician/visits/${f.appointmentId}`, signedAt: null, draftedBy: expect.stringMatching(/^deterministic engine \(/) });
    expect(unsigned.items[0]!.unsignedMinutes).toBeGreaterThanOrEqual(89);
    expect(await listNotes(f.clinician, undefined)).toMatchObject({ status: 'unsigned' });
    expect((await listNotes(f.clinician, 'signed')).items).toEqual([]);

    await signNote(f.clinician, f.appointmentId, editOf(draftA.sections));
    expect((await listNotes(f.clinician, 'unsigned')).items.map((n) => n.appointmentId)).toEqual([f.otherAppointmentId]);
    const signed = await listNotes(f.clinician, 'signed');
    expect(signed.items).toEqual([expect.objectContaining({ appointmentId: f.appointmentId, status: 'signed', unsignedMinutes: null })]);
    expect(signed.items[0]!.signedAt).not.toBeNull();
    expect((await listNotes(f.clinician, 'signed', new Date(Date.now() + 15 * 86_400_000))).items).toEqual([]);
    expect((await listNotes(f.harborClinician, 'unsigned')).items).toEqual([]);
    const audited = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, f.clinician.userId), eq(auditEvents.action, 'note.list')));
    expect(audited.length).toBeGreaterThan(0);
  });

  it('refuses admins and patients as not found and names a bad status', async () => {
    for (const other of [f.admin, f.patientA, f.platformAdmin]) expect((await errorOf(listNotes(other, 'unsigned'))).code).toBe('not_found');
    expect(await deniedBy(f.patientA.userId, 'note.list')).toBe(1);
    expect((await errorOf(listNotes(f.clinician, 'pending'))).fieldErrors).toHaveProperty('status');
  });
});

describe('visit note resource', () => {
  it('gives clinicians the whole note with sources, signer and addenda; the patient only the summary of a signed note', async () => {
    await addAddendum(f.clinician, f.appointmentId, { text: 'Troponin normal.' });
    const full = await readVisitNote(f.clinician, f.appointmentId);
    if (full.view !== 'clinician') throw new Error('expected the clinician view');
    expect(full).toMatchObject({ status: 'signed', aiDrafted: true, signer: { id: f.clinician.userId, name: 'Dee Doc' }, addenda: [{ text: 'Troponin normal.', author: 'Dee Doc' }] });
    for (const s of Object.values(full.sections).flat()) expect(s.sources.length).toBeGreaterThan(0);
    expect(full.sections.subjective[0]!.sources[0]).toMatchObject({ kind: 'intake' });

    const summary = await readVisitNote(f.patientA, f.appointmentId);
    expect(Object.keys(summary).sort()).toEqual(['appointmentId', 'signedAt', 'signer', 'status', 'summary', 'view']);
    expect(summary).toMatchObject({ view: 'patient', status: 'signed', signer: { name: 'Dee Doc' }, summary: { reason: 'Chest pain since this morning', nextSteps: ['Refer to emergency department.'] } });

    const draft = await readVisitNote(f.clinician, f.otherAppointmentId);
    expect(draft).toMatchObject({ view: 'clinician', status: 'draft', signer: null, signedAt: null, editedByClinician: true });
    expect((await errorOf(readVisitNote(f.patientB, f.otherAppointmentId))).code).toBe('not_found');
    expect((await errorOf(readVisitNote(f.clinician, f.cancelledAppointmentId))).code).toBe('not_found');
    for (const other of [f.patientB, f.harborClinician, f.admin]) expect((await errorOf(readVisitNote(other, f.appointmentId))).code).toBe('not_found');
    expect((await errorOf(readVisitNote(f.patientA, 'x'))).fieldErrors).toHaveProperty('appointmentId');
  });
});
