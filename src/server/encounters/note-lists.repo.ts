import { and, asc, desc, eq, gte, or, type SQL } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { clinicalNotes } from '@/db/schema/encounters';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

const LIMIT = 200;

const columns = {
  noteId: clinicalNotes.id,
  appointmentId: clinicalNotes.appointmentId,
  patientId: clinicalNotes.patientId,
  givenName: patients.givenName,
  familyName: patients.familyName,
  startsAt: appointments.startsAt,
  draftedBy: clinicalNotes.draftedBy,
  editedByClinician: clinicalNotes.editedByClinician,
  draftedAt: clinicalNotes.createdAt,
  signedAt: clinicalNotes.signedAt,
};

async function selectNotes(where: SQL | undefined, order: SQL[]) {
  return (await db())
    .select(columns)
    .from(clinicalNotes)
    .innerJoin(appointments, and(eq(appointments.id, clinicalNotes.appointmentId), eq(appointments.clinicId, clinicalNotes.clinicId)))
    .innerJoin(patients, and(eq(patients.id, clinicalNotes.patientId), eq(patients.clinicId, clinicalNotes.clinicId)))
    .where(where)
    .orderBy(...order)
    .limit(LIMIT);
}

/** Drafts waiting for this clinician in the clinic: visits they see, or drafts they wrote. Oldest visit first. */
export function unsignedNotesOf(clinicId: string, clinicianUserId: string) {
  return selectNotes(
    and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.status, 'draft'), or(eq(appointments.clinicianUserId, clinicianUserId), eq(clinicalNotes.authorUserId, clinicianUserId))),
    [asc(appointments.startsAt), asc(clinicalNotes.id)],
  );
}

/** Notes this clinician signed in the clinic since a moment, most recently signed first. */
export function signedNotesOf(clinicId: string, signerUserId: string, since: Date) {
  return selectNotes(
    and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.status, 'signed'), eq(clinicalNotes.signedByUserId, signerUserId), gte(clinicalNotes.signedAt, since)),
    [desc(clinicalNotes.signedAt), asc(clinicalNotes.id)],
  );
}
export type NoteListRow = Awaited<ReturnType<typeof unsignedNotesOf>>[number];

export async function clinicTimeZoneOf(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.timeZone;
}

export async function userNameOf(userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await (await db()).select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? null;
}
