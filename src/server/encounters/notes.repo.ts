import { and, asc, desc, eq, gte } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinicalNotes, noteAddenda } from '@/db/schema/encounters';
import { allergies, medications, observations, problems } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export async function findNote(clinicId: string, appointmentId: string) {
  const [row] = await (await db())
    .select()
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.appointmentId, appointmentId)))
    .limit(1);
  return row;
}
export type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

export async function listAddenda(clinicId: string, noteId: string) {
  return (await db())
    .select({ id: noteAddenda.id, text: noteAddenda.text, signedAt: noteAddenda.signedAt, authorName: users.name })
    .from(noteAddenda)
    .leftJoin(users, eq(users.id, noteAddenda.authorUserId))
    .where(and(eq(noteAddenda.clinicId, clinicId), eq(noteAddenda.noteId, noteId)))
    .orderBy(asc(noteAddenda.signedAt));
}

export interface NoteDraftWrite {
  clinicId: string;
  patientId: string;
  appointmentId: string;
  sections: unknown;
  draftedBy: string;
  editedByClinician: boolean;
  authorUserId: string;
}

/** Writes the draft; a signed note is left alone (the update matches drafts only). Null when already signed. */
export async function saveDraftNote(w: NoteDraftWrite, audit: (noteId: string) => AuditEventRow) {
  return (await db()).transaction(async (tx) => {
    const set = { sections: w.sections, draftedBy: w.draftedBy, editedByClinician: w.editedByClinician, authorUserId: w.authorUserId, updatedAt: new Date() };
    const [row] = await tx
      .insert(clinicalNotes)
      .values({ clinicId: w.clinicId, patientId: w.patientId, appointmentId: w.appointmentId, ...set })
      .onConflictDoUpdate({ target: clinicalNotes.appointmentId, set, setWhere: eq(clinicalNotes.status, 'draft') })
      .returning({ id: clinicalNotes.id });
    if (!row) return null;
    await insertAuditEvent(audit(row.id), tx);
    return row;
  });
}

/** Signs a draft with its final sections and the patient's summary; false when it was not a draft any more. */
export async function signNoteRow(clinicId: string, noteId: string, sections: unknown, editedByClinician: boolean, patientSummary: unknown, signerUserId: string, audit: AuditEventRow) {
  return (await db()).transaction(async (tx) => {
    const now = new Date();
    const updated = await tx
      .update(clinicalNotes)
      .set({ sections, editedByClinician, patientSummary, status: 'signed', signedAt: now, signedByUserId: signerUserId, updatedAt: now })
      .where(and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.id, noteId), eq(clinicalNotes.status, 'draft')))
      .returning({ id: clinicalNotes.id });
    if (!updated.length) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export async function insertAddendum(clinicId: string, noteId: string, text: string, authorUserId: string, audit: (id: string) => AuditEventRow) {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx.insert(noteAddenda).values({ clinicId, noteId, text, authorUserId }).returning({ id: noteAddenda.id });
    await insertAuditEvent(audit(row!.id), tx);
    return row!;
  });
}

/** Chart entries the visit screen and the drafter use, with ids (the note's sources point at them). */
export async function chartEssentials(clinicId: string, patientId: string, vitalsSince: Date) {
  const database = await db();
  const scope = (t: { clinicId: AnyPgColumn; patientId: AnyPgColumn }) => and(eq(t.clinicId, clinicId), eq(t.patientId, patientId));
  const [problemRows, medicationRows, allergyRows, observationRows] = await Promise.all([
    database.select({ id: problems.id, code: problems.code, display: problems.display }).from(problems).where(and(scope(problems), eq(problems.status, 'active'))),
    database
      .select({ id: medications.id, genericName: medications.genericName, dose: medications.dose, frequency: medications.frequency })
      .from(medications)
      .where(and(scope(medications), eq(medications.status, 'active'))),
    database.select({ id: allergies.id, substance: allergies.substance, reaction: allergies.reaction, severity: allergies.severity }).from(allergies).where(scope(allergies)),
    database
      .select({ id: observations.id, loincCode: observations.loincCode, display: observations.display, value: observations.value, unit: observations.unit, effectiveAt: observations.effectiveAt })
      .from(observations)
      .where(and(scope(observations), gte(observations.effectiveAt, vitalsSince)))
      .orderBy(desc(observations.effectiveAt))
      .limit(100),
  ]);
  return { problemRows, medicationRows, allergyRows, observationRows };
}

export interface VitalRow {
  loincCode: string;
  display: string;
  value: number;
  unit: string;
}

/** All of a visit's vitals in one transaction with one audit event: stored together or not at all. */
export async function insertVitals(clinicId: string, patientId: string, rows: VitalRow[], recordedByUserId: string, audit: AuditEventRow) {
  await (await db()).transaction(async (tx) => {
    const effectiveAt = new Date();
    await tx.insert(observations).values(rows.map((r) => ({ ...r, clinicId, patientId, effectiveAt, recordedByUserId })));
    await insertAuditEvent(audit, tx);
  });
}
