import { and, asc, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm';
import { db } from '@/db/instance';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { AppointmentStatus } from './appointment.schemas';

export interface AppointmentRow {
  id: string;
  clinicId: string;
  patientId: string;
  clinicianUserId: string;
  visitTypeId: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  status: AppointmentStatus;
  reason: string | null;
}

const columns = {
  id: appointments.id,
  clinicId: appointments.clinicId,
  patientId: appointments.patientId,
  clinicianUserId: appointments.clinicianUserId,
  visitTypeId: appointments.visitTypeId,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  blockedFrom: appointments.blockedFrom,
  blockedUntil: appointments.blockedUntil,
  status: appointments.status,
  reason: appointments.reason,
};

/** The exclusion constraint that makes double booking impossible (migration 0005). */
const DOUBLE_BOOKING = 'appointments_no_double_booking';

/** Whether an error (or one it wraps: Drizzle wraps the driver's) is the named exclusion constraint refusing a row. */
export function isExclusionViolation(error: unknown, constraintName: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23P01' && (constraint === undefined || constraint === constraintName)) return true;
  }
  return false;
}

export const isDoubleBooking = (error: unknown) => isExclusionViolation(error, DOUBLE_BOOKING);

/** The signed-in person's own patient record in the clinic. */
export async function findOwnPatientId(clinicId: string, userId: string): Promise<string | undefined> {
  const [row] = await (await db())
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.userId, userId)))
    .limit(1);
  return row?.id;
}

export async function patientExistsInClinic(clinicId: string, patientId: string): Promise<boolean> {
  const [row] = await (await db())
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)))
    .limit(1);
  return Boolean(row);
}

export type NewAppointment = Omit<AppointmentRow, 'status'> & { bookedByUserId: string };

/** Stores the appointment and its audit event together; 'slot_taken' when the database refuses the overlap. */
export async function insertAppointment(row: NewAppointment, audit: AuditEventRow): Promise<'ok' | 'slot_taken'> {
  try {
    await (await db()).transaction(async (tx) => {
      await tx.insert(appointments).values({ ...row, status: 'booked' });
      await insertAuditEvent(audit, tx);
    });
    return 'ok';
  } catch (error) {
    if (isDoubleBooking(error)) return 'slot_taken';
    throw error;
  }
}

/** Scoped by clinic: another clinic's appointment is not found. */
export async function findAppointment(clinicId: string, appointmentId: string): Promise<AppointmentRow | undefined> {
  const [row] = await (await db())
    .select(columns)
    .from(appointments)
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.id, appointmentId)))
    .limit(1);
  return row;
}

export type AppointmentChange = Partial<Pick<AppointmentRow, 'clinicianUserId' | 'startsAt' | 'endsAt' | 'blockedFrom' | 'blockedUntil' | 'status'>> & {
  cancelledAt?: Date;
  cancelledByUserId?: string;
};

/**
 * Applies a change only if the appointment is still in the status the decision was made on, with
 * its audit event in the same transaction. 'changed' when it moved meanwhile.
 */
export async function updateAppointment(
  clinicId: string,
  appointmentId: string,
  expectedStatus: AppointmentStatus,
  change: AppointmentChange,
  audit: AuditEventRow,
): Promise<'ok' | 'changed' | 'slot_taken'> {
  try {
    return await (await db()).transaction(async (tx) => {
      const updated = await tx
        .update(appointments)
        .set({ ...change, updatedAt: new Date() })
        .where(and(eq(appointments.clinicId, clinicId), eq(appointments.id, appointmentId), eq(appointments.status, expectedStatus)))
        .returning({ id: appointments.id });
      if (updated.length === 0) return 'changed' as const;
      await insertAuditEvent(audit, tx);
      return 'ok' as const;
    });
  } catch (error) {
    if (isDoubleBooking(error)) return 'slot_taken';
    throw error;
  }
}

export type AppointmentScope = { patientId: string } | { clinicianUserId: string } | Record<string, never>;

/** A page of appointments starting in [from, to), ordered by start then id, after the cursor position. */
export async function listAppointmentsInRange(
  clinicId: string,
  scope: AppointmentScope,
  from: Date,
  to: Date,
  limit: number,
  after?: { startsAt: Date; id: string },
): Promise<AppointmentRow[]> {
  const conditions: (SQL | undefined)[] = [eq(appointments.clinicId, clinicId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)];
  if ('patientId' in scope) conditions.push(eq(appointments.patientId, scope.patientId));
  if ('clinicianUserId' in scope) conditions.push(eq(appointments.clinicianUserId, scope.clinicianUserId));
  if (after) conditions.push(or(gt(appointments.startsAt, after.startsAt), and(eq(appointments.startsAt, after.startsAt), gt(appointments.id, after.id))));
  return (await db())
    .select(columns)
    .from(appointments)
    .where(and(...conditions))
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .limit(limit);
}
