import { and, asc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/instance';
import { scheduleExceptions } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import { isExclusionViolation } from './appointments.repo';

export type NewScheduleException = typeof scheduleExceptions.$inferInsert;

/** Stores time off with its audit event; 'overlap' when the database refuses it (schedule_exceptions_no_overlap). */
export async function insertScheduleException(row: NewScheduleException, audit: AuditEventRow): Promise<'ok' | 'overlap'> {
  try {
    await (await db()).transaction(async (tx) => {
      await tx.insert(scheduleExceptions).values(row);
      await insertAuditEvent(audit, tx);
    });
    return 'ok';
  } catch (error) {
    if (isExclusionViolation(error, 'schedule_exceptions_no_overlap')) return 'overlap';
    throw error;
  }
}

export async function listUpcomingExceptions(clinicId: string, clinicianUserId: string, after: Date) {
  return (await db())
    .select({ id: scheduleExceptions.id, startsAt: scheduleExceptions.startsAt, endsAt: scheduleExceptions.endsAt, reason: scheduleExceptions.reason })
    .from(scheduleExceptions)
    .where(and(eq(scheduleExceptions.clinicId, clinicId), eq(scheduleExceptions.clinicianUserId, clinicianUserId), gt(scheduleExceptions.endsAt, after)))
    .orderBy(asc(scheduleExceptions.startsAt))
    .limit(200);
}

export async function deleteScheduleException(clinicId: string, clinicianUserId: string, id: string, audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .delete(scheduleExceptions)
      .where(and(eq(scheduleExceptions.clinicId, clinicId), eq(scheduleExceptions.clinicianUserId, clinicianUserId), eq(scheduleExceptions.id, id)))
      .returning({ id: scheduleExceptions.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}
