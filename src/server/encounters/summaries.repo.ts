import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinicalNotes, prescriptions } from '@/db/schema/encounters';
import { appointments } from '@/db/schema/scheduling';

/** A patient's signed notes (summary only) with their visit, newest first, and the prescriptions of those visits. */
export async function signedSummariesOf(clinicId: string, patientId: string) {
  const database = await db();
  const notes = await database
    .select({ noteId: clinicalNotes.id, appointmentId: clinicalNotes.appointmentId, summary: clinicalNotes.patientSummary, signedAt: clinicalNotes.signedAt, startsAt: appointments.startsAt, clinicianName: users.name })
    .from(clinicalNotes)
    .innerJoin(appointments, eq(appointments.id, clinicalNotes.appointmentId))
    .leftJoin(users, eq(users.id, clinicalNotes.signedByUserId))
    .where(and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.patientId, patientId), eq(clinicalNotes.status, 'signed')))
    .orderBy(desc(appointments.startsAt))
    .limit(100);
  const ids = notes.map((n) => n.appointmentId);
  const meds = ids.length
    ? await database
        .select({ appointmentId: prescriptions.appointmentId, drug: prescriptions.drug, dose: prescriptions.dose, frequency: prescriptions.frequency, durationDays: prescriptions.durationDays })
        .from(prescriptions)
        .where(and(eq(prescriptions.clinicId, clinicId), eq(prescriptions.patientId, patientId), inArray(prescriptions.appointmentId, ids)))
    : [];
  return { notes, meds };
}
