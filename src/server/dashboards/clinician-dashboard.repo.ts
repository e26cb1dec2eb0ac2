import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinicalNotes, intakeAlerts, intakes } from '@/db/schema/encounters';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

/**
 * The clinician's visits from `from` on (booked or arrived) whose intake raised an emergency or urgent red flag,
 * one row per visit with its most urgent level (the enum orders emergency first), emergency first, then by time.
 * Reached through the visit's intake (both joins use unique indexes), never by scanning the clinic's alerts.
 */
export async function redFlagVisitsOf(clinicId: string, clinicianUserId: string, from: Date, limit = 10) {
  const urgency = sql<'emergency' | 'urgent'>`min(${intakeAlerts.urgency})`;
  return (await db())
    .select({
      appointmentId: appointments.id,
      startsAt: appointments.startsAt,
      status: appointments.status,
      patientName: sql<string>`${patients.givenName} || ' ' || ${patients.familyName}`,
      urgency,
      ruleIds: sql<string[]>`array_agg(distinct ${intakeAlerts.ruleId})`,
      unacknowledged: sql<number>`(count(*) FILTER (WHERE ${intakeAlerts.acknowledgedAt} IS NULL))::int`,
    })
    .from(appointments)
    .innerJoin(intakes, and(eq(intakes.appointmentId, appointments.id), eq(intakes.clinicId, clinicId)))
    .innerJoin(intakeAlerts, and(eq(intakeAlerts.intakeId, intakes.id), eq(intakeAlerts.clinicId, clinicId), inArray(intakeAlerts.urgency, ['emergency', 'urgent'])))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.clinicianUserId, clinicianUserId), gte(appointments.startsAt, from), inArray(appointments.status, ['booked', 'arrived'])))
    .groupBy(appointments.id, appointments.startsAt, appointments.status, patients.givenName, patients.familyName)
    .orderBy(sql`5`, asc(appointments.startsAt))
    .limit(limit);
}

/** Draft (unsigned) notes of the clinician's own visits: how many, and the oldest few by visit time. */
export async function unsignedNotesOf(clinicId: string, clinicianUserId: string, limit = 5) {
  const database = await db();
  const scope = and(eq(clinicalNotes.clinicId, clinicId), eq(clinicalNotes.status, 'draft'), eq(appointments.clinicId, clinicId), eq(appointments.clinicianUserId, clinicianUserId));
  const [count, oldest] = await Promise.all([
    database.select({ count: sql<number>`count(*)::int` }).from(clinicalNotes).innerJoin(appointments, eq(appointments.id, clinicalNotes.appointmentId)).where(scope),
    database
      .select({ appointmentId: appointments.id, startsAt: appointments.startsAt, patientName: sql<string>`${patients.givenName} || ' ' || ${patients.familyName}`, draftedAt: clinicalNotes.createdAt })
      .from(clinicalNotes)
      .innerJoin(appointments, eq(appointments.id, clinicalNotes.appointmentId))
      .innerJoin(patients, eq(patients.id, clinicalNotes.patientId))
      .where(scope)
      .orderBy(asc(appointments.startsAt))
      .limit(limit),
  ]);
  return { count: count[0]?.count ?? 0, oldest };
}
