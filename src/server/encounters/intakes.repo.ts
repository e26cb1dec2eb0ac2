import { and, asc, eq, gte, inArray, ne } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { intakeAlerts, intakes } from '@/db/schema/encounters';
import { allergies, medications } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export async function findIntake(clinicId: string, appointmentId: string) {
  const [row] = await (await db())
    .select()
    .from(intakes)
    .where(and(eq(intakes.clinicId, clinicId), eq(intakes.appointmentId, appointmentId)))
    .limit(1);
  return row;
}
export type IntakeRow = NonNullable<Awaited<ReturnType<typeof findIntake>>>;

export async function chartListsOf(clinicId: string, patientId: string) {
  const database = await db();
  const [meds, allergyRows] = await Promise.all([
    database
      .select({ genericName: medications.genericName, dose: medications.dose, frequency: medications.frequency })
      .from(medications)
      .where(and(eq(medications.clinicId, clinicId), eq(medications.patientId, patientId), eq(medications.status, 'active'))),
    database.select({ substance: allergies.substance, reaction: allergies.reaction }).from(allergies).where(and(eq(allergies.clinicId, clinicId), eq(allergies.patientId, patientId))),
  ]);
  return { meds, allergyRows };
}

export interface IntakeWrite {
  clinicId: string;
  patientId: string;
  appointmentId: string;
  answers: unknown;
  redFlagIds: string[];
  submit: boolean;
  alerts: { ruleId: string; urgency: 'emergency' | 'urgent' | 'routine' }[];
}

/**
 * Saves the draft (or submits it) and raises an alert per new red flag, with the audit events, in one transaction.
 * A submitted intake is never overwritten: the update only matches drafts. Returns null when it was already submitted.
 */
export async function writeIntake(w: IntakeWrite, audit: (entityType: string, entityId: string, action: string) => AuditEventRow) {
  return (await db()).transaction(async (tx) => {
    const now = new Date();
    const values = { answers: w.answers, redFlagIds: w.redFlagIds, updatedAt: now, ...(w.submit ? { status: 'submitted' as const, submittedAt: now } : {}) };
    const [row] = await tx
      .insert(intakes)
      .values({ clinicId: w.clinicId, patientId: w.patientId, appointmentId: w.appointmentId, ...values })
      .onConflictDoUpdate({ target: intakes.appointmentId, set: values, setWhere: ne(intakes.status, 'submitted') })
      .returning({ id: intakes.id, status: intakes.status, submittedAt: intakes.submittedAt });
    if (!row) return null;
    await insertAuditEvent(audit('intake', row.id, w.submit ? 'intake.submit' : 'intake.save'), tx);
    const raised: string[] = [];
    for (const alert of w.alerts) {
      const [created] = await tx
        .insert(intakeAlerts)
        .values({ clinicId: w.clinicId, patientId: w.patientId, appointmentId: w.appointmentId, intakeId: row.id, ruleId: alert.ruleId, urgency: alert.urgency })
        .onConflictDoNothing()
        .returning({ id: intakeAlerts.id });
      if (created) {
        raised.push(created.id);
        await insertAuditEvent(audit('intake_alert', created.id, 'intake.red_flag.alert'), tx);
      }
    }
    return { ...row, raised };
  });
}

/** The patient's visits from now on (not cancelled), with their intake status. */
export async function upcomingVisitsOf(clinicId: string, patientId: string, from: Date) {
  const database = await db();
  const rows = await database
    .select({ id: appointments.id, startsAt: appointments.startsAt, clinicianName: users.name, reason: appointments.reason })
    .from(appointments)
    .leftJoin(users, eq(users.id, appointments.clinicianUserId))
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.patientId, patientId), gte(appointments.startsAt, from), inArray(appointments.status, ['booked', 'arrived'])))
    .orderBy(asc(appointments.startsAt))
    .limit(20);
  const ids = rows.map((r) => r.id);
  const states = ids.length
    ? await database.select({ appointmentId: intakes.appointmentId, status: intakes.status }).from(intakes).where(and(eq(intakes.clinicId, clinicId), inArray(intakes.appointmentId, ids)))
    : [];
  return rows.map((r) => ({ ...r, intakeStatus: states.find((s) => s.appointmentId === r.id)?.status ?? null }));
}
