import { and, asc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinicalNotes, intakeAlerts, intakes, noteAddenda, prescriptions } from '@/db/schema/encounters';
import { medications, patients } from '@/db/schema/patients';

/**
 * The visit records of one person, read for their own export: submitted intakes and their red-flag alerts,
 * signed notes (never drafts) and their addenda, and prescriptions. As in personal-data.repo.ts, every query
 * joins its patient on patient id and clinic id and filters on patients.user_id = the person, and names its
 * columns one by one. These are the privacy center's own queries, so the encounters domain can change freely.
 */
const ownPatient = (userId: string) => eq(patients.userId, userId);
const patientJoin = (t: { patientId: AnyPgColumn; clinicId: AnyPgColumn }) => and(eq(patients.id, t.patientId), eq(patients.clinicId, t.clinicId));

/** Submitted intakes only: a draft is still being written by the patient and was never sent to the clinic. */
export async function findOwnIntakes(userId: string) {
  return (await db())
    .select({ id: intakes.id, patientId: intakes.patientId, appointmentId: intakes.appointmentId, answers: intakes.answers, redFlagIds: intakes.redFlagIds, submittedAt: intakes.submittedAt })
    .from(intakes)
    .innerJoin(patients, patientJoin(intakes))
    .where(and(ownPatient(userId), eq(intakes.status, 'submitted')))
    .orderBy(asc(intakes.submittedAt), asc(intakes.id));
}

export async function findOwnIntakeAlerts(userId: string) {
  return (await db())
    .select({ id: intakeAlerts.id, patientId: intakeAlerts.patientId, intakeId: intakeAlerts.intakeId, ruleId: intakeAlerts.ruleId, urgency: intakeAlerts.urgency, raisedAt: intakeAlerts.createdAt, acknowledgedAt: intakeAlerts.acknowledgedAt })
    .from(intakeAlerts)
    .innerJoin(patients, patientJoin(intakeAlerts))
    .where(ownPatient(userId))
    .orderBy(asc(intakeAlerts.createdAt), asc(intakeAlerts.id));
}

/** Signed notes only: an unsigned draft is the clinician's work in progress, not yet part of the record. */
export async function findOwnSignedNotes(userId: string) {
  return (await db())
    .select({
      id: clinicalNotes.id, patientId: clinicalNotes.patientId, appointmentId: clinicalNotes.appointmentId, sections: clinicalNotes.sections,
      draftedBy: clinicalNotes.draftedBy, editedByClinician: clinicalNotes.editedByClinician, signedAt: clinicalNotes.signedAt, signedBy: users.name,
      patientSummary: clinicalNotes.patientSummary,
    })
    .from(clinicalNotes)
    .innerJoin(patients, patientJoin(clinicalNotes))
    .leftJoin(users, eq(users.id, clinicalNotes.signedByUserId))
    .where(and(ownPatient(userId), eq(clinicalNotes.status, 'signed')))
    .orderBy(asc(clinicalNotes.signedAt), asc(clinicalNotes.id));
}

/** Addenda of signed notes (the only kind that can have them; the filter says so again). */
export async function findOwnAddenda(userId: string) {
  return (await db())
    .select({ id: noteAddenda.id, patientId: clinicalNotes.patientId, noteId: noteAddenda.noteId, text: noteAddenda.text, signedAt: noteAddenda.signedAt, authorName: users.name })
    .from(noteAddenda)
    .innerJoin(clinicalNotes, and(eq(clinicalNotes.id, noteAddenda.noteId), eq(clinicalNotes.clinicId, noteAddenda.clinicId)))
    .innerJoin(patients, patientJoin(clinicalNotes))
    .leftJoin(users, eq(users.id, noteAddenda.authorUserId))
    .where(and(ownPatient(userId), eq(clinicalNotes.status, 'signed')))
    .orderBy(asc(noteAddenda.signedAt), asc(noteAddenda.id));
}

export async function findOwnPrescriptions(userId: string) {
  return (await db())
    .select({
      id: prescriptions.id, patientId: prescriptions.patientId, appointmentId: prescriptions.appointmentId, drug: prescriptions.drug, dose: prescriptions.dose,
      route: prescriptions.route, frequency: prescriptions.frequency, durationDays: prescriptions.durationDays, quantity: prescriptions.quantity,
      refills: prescriptions.refills, signedAt: prescriptions.signedAt, prescriberName: users.name, medicationStatus: medications.status,
      overrideReason: prescriptions.overrideReason, alerts: prescriptions.alerts,
    })
    .from(prescriptions)
    .innerJoin(patients, patientJoin(prescriptions))
    .leftJoin(medications, and(eq(medications.id, prescriptions.medicationId), eq(medications.clinicId, prescriptions.clinicId)))
    .leftJoin(users, eq(users.id, prescriptions.prescriberUserId))
    .where(ownPatient(userId))
    .orderBy(asc(prescriptions.signedAt), asc(prescriptions.id));
}
