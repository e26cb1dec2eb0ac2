import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { clinicalNotes } from '@/db/schema/encounters';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { parseJsonBody } from '@/server/platform/json-body';
import { draftNote, draftRequestBodySchema } from './draft-note';
import { recordVisitVitals } from './record-visit-vitals';
import { saveIntake } from './save-intake';
import { signNote } from './sign-note';
import { createVisitsFixture, type VisitsFixture } from './testing/visits-fixture.repo';

/**
 * The use-case behind POST /api/v1/visits/{appointmentId}/note/draft, called the way the route calls it: the body
 * is read by a callback, after access has been checked.
 */
let f: VisitsFixture;
beforeAll(async () => {
  f = await createVisitsFixture();
});
afterAll(async () => {
  await f.handle.close();
});

/** A body reader like the route's, which also records whether it was called. */
function bodyOf(body: string) {
  const reader = Object.assign(
    () => {
      reader.read = true;
      return parseJsonBody(new Request('http://127.0.0.1/x', { method: 'POST', body, headers: { 'content-type': 'application/json' } }), draftRequestBodySchema, 100 * 1024);
    },
    { read: false },
  );
  return reader;
}
const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const notesOf = (appointmentId: string) => f.handle.db.select().from(clinicalNotes).where(eq(clinicalNotes.appointmentId, appointmentId));

describe('drafting a note through the API', () => {
  it('drafts from intake, vitals, chart and the clinician’s text, and a redraft replaces the unsigned draft', async () => {
    await saveIntake(f.patientA, f.appointmentId, { reason: 'Cough for 5 days', associated: 'Short of breath on stairs. No fever.' }, true);
    await recordVisitVitals(f.clinician, f.appointmentId, { heartRate: '98', respiratoryRate: '18', systolic: '132', diastolic: '84', temperature: '37.2', spo2: '95' });
    const body = bodyOf(JSON.stringify({ clinicianText: 'Likely acute bronchitis. Review in 1 week.', consciousness: 'A', onOxygen: false }));
    const first = await draftNote(f.clinician, f.appointmentId, body);
    expect(first.status).toBe('draft');
    const all = Object.values(first.sections).flat();
    for (const s of all) expect(s.sources.length, s.text).toBeGreaterThan(0);
    expect(first.sections.subjective.map((s) => s.text)).toEqual(expect.arrayContaining(['Reports cough (for 5 days).', 'Denies fever.']));
    expect(first.sections.objective.map((s) => s.text)).toEqual(expect.arrayContaining(['Heart rate 98 /min.', 'Active medications on record: simvastatin 40 mg nightly.']));
    expect(first.sections.plan.map((s) => s.text)).toEqual(['Review in 1 week.']);

    const again = await draftNote(f.clinician, f.appointmentId, bodyOf(JSON.stringify({ clinicianText: '' })));
    expect(again.id).toBe(first.id);
    expect(again.sections.plan).toEqual([]);
    expect(await notesOf(f.appointmentId)).toHaveLength(1);
    const audit = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, first.id), eq(auditEvents.action, 'note.draft.engine')));
    expect(audit).toHaveLength(2);
  });

  it('refuses a body without the clinician’s text or with bad fields, naming the field, and stores nothing', async () => {
    const missing = await errorOf(draftNote(f.clinician, f.otherAppointmentId, bodyOf('{}')));
    expect(missing.code).toBe('validation_failed');
    expect(missing.fieldErrors).toHaveProperty('clinicianText');
    expect((await errorOf(draftNote(f.clinician, f.otherAppointmentId, bodyOf('{"clinicianText": ')))).code).toBe('validation_failed');
    const badScreen = await errorOf(draftNote(f.clinician, f.otherAppointmentId, bodyOf(JSON.stringify({ clinicianText: '', consciousness: 'Z' }))));
    expect(badScreen.fieldErrors).toHaveProperty('consciousness');
    expect(await notesOf(f.otherAppointmentId)).toEqual([]);
  });

  it('answers 404 to anyone but a clinician of the clinic, without reading the body, and audits the refusal', async () => {
    const refused: [Principal, string][] = [[f.harborClinician, f.appointmentId], [f.patientA, f.appointmentId], [f.admin, f.appointmentId], [f.clinician, 'not-a-visit'], [f.clinician, crypto.randomUUID()]];
    for (const [who, appointmentId] of refused) {
      const body = bodyOf('{}');
      expect((await errorOf(draftNote(who, appointmentId, body))).code).toBe('not_found');
      expect(body.read).toBe(false);
    }
    const denials = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, f.harborClinician.userId), eq(auditEvents.action, 'note.draft')));
    expect(denials).toEqual([expect.objectContaining({ outcome: 'denied', entityId: f.appointmentId })]);
  });

  it('answers 409 for a signed note and leaves it as signed', async () => {
    const draft = await draftNote(f.clinician, f.appointmentId, bodyOf(JSON.stringify({ clinicianText: 'Well.' })));
    await signNote(f.clinician, f.appointmentId, Object.fromEntries(Object.entries(draft.sections).map(([k, v]) => [k, v.map((s) => ({ id: s.id, text: s.text }))])));
    const conflict = await errorOf(draftNote(f.clinician, f.appointmentId, bodyOf(JSON.stringify({ clinicianText: 'Changed.' }))));
    expect(conflict.code).toBe('conflict');
    expect(conflict.status).toBe(409);
    expect(conflict.message).toMatch(/signed.*addendum/);
    const [row] = await notesOf(f.appointmentId);
    expect(row).toMatchObject({ status: 'signed', id: draft.id });
  });
});
