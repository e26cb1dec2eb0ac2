import { and, asc, desc, eq, gte, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { intakeAlerts } from '@/db/schema/encounters';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

const LIMIT = 200;

async function selectAlerts(where: SQL | undefined, order: SQL[]) {
  return (await db())
    .select({
      id: intakeAlerts.id,
      appointmentId: intakeAlerts.appointmentId,
      patientId: intakeAlerts.patientId,
      givenName: patients.givenName,
      familyName: patients.familyName,
      visitStartsAt: appointments.startsAt,
      ruleId: intakeAlerts.ruleId,
      urgency: intakeAlerts.urgency,
      raisedAt: intakeAlerts.createdAt,
      acknowledgedAt: intakeAlerts.acknowledgedAt,
      acknowledgedByName: users.name,
    })
    .from(intakeAlerts)
    .innerJoin(patients, and(eq(patients.id, intakeAlerts.patientId), eq(patients.clinicId, intakeAlerts.clinicId)))
    .innerJoin(appointments, and(eq(appointments.id, intakeAlerts.appointmentId), eq(appointments.clinicId, intakeAlerts.clinicId)))
    .leftJoin(users, eq(users.id, intakeAlerts.acknowledgedByUserId))
    .where(where)
    .orderBy(...order)
    .limit(LIMIT);
}

/** A clinic's open red-flag alerts: emergencies before urgent ones (the enum's order), newest first within each. */
export function openAlertsOf(clinicId: string) {
  return selectAlerts(and(eq(intakeAlerts.clinicId, clinicId), isNull(intakeAlerts.acknowledgedAt)), [asc(intakeAlerts.urgency), desc(intakeAlerts.createdAt), asc(intakeAlerts.id)]);
}

/** Alerts acknowledged since a moment, most recently acknowledged first. */
export function acknowledgedAlertsOf(clinicId: string, since: Date) {
  return selectAlerts(and(eq(intakeAlerts.clinicId, clinicId), isNotNull(intakeAlerts.acknowledgedAt), gte(intakeAlerts.acknowledgedAt, since)), [desc(intakeAlerts.acknowledgedAt), asc(intakeAlerts.id)]);
}
export type IntakeAlertRow = Awaited<ReturnType<typeof openAlertsOf>>[number];

/**
 * Marks an alert of the clinic acknowledged, once: the update matches open alerts only, and its audit event is
 * written in the same transaction. An alert acknowledged before comes back unchanged; another clinic's is undefined.
 */
export async function acknowledgeAlertRow(clinicId: string, alertId: string, userId: string, audit: AuditEventRow) {
  return (await db()).transaction(async (tx) => {
    const [changed] = await tx
      .update(intakeAlerts)
      .set({ acknowledgedAt: new Date(), acknowledgedByUserId: userId })
      .where(and(eq(intakeAlerts.clinicId, clinicId), eq(intakeAlerts.id, alertId), isNull(intakeAlerts.acknowledgedAt)))
      .returning({ id: intakeAlerts.id, acknowledgedAt: intakeAlerts.acknowledgedAt, acknowledgedByUserId: intakeAlerts.acknowledgedByUserId });
    if (changed) {
      await insertAuditEvent(audit, tx);
      return { ...changed, changed: true };
    }
    const [existing] = await tx
      .select({ id: intakeAlerts.id, acknowledgedAt: intakeAlerts.acknowledgedAt, acknowledgedByUserId: intakeAlerts.acknowledgedByUserId })
      .from(intakeAlerts)
      .where(and(eq(intakeAlerts.clinicId, clinicId), eq(intakeAlerts.id, alertId)))
      .limit(1);
    return existing ? { ...existing, changed: false } : undefined;
  });
}
