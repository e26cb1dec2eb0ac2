import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { memberships, openingHours, visitTypes } from '@/db/schema/clinics';
import { clinicianVisitTypes, scheduleExceptions, workingHours } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

/** The clinic's active clinicians, for the schedules screen's picker. */
export async function findActiveClinicians(clinicId: string) {
  return (await db())
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinician'), eq(memberships.status, 'active')))
    .orderBy(asc(users.name), asc(users.email));
}

export async function isActiveClinician(clinicId: string, userId: string): Promise<boolean> {
  const rows = await (await db())
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId), eq(memberships.role, 'clinician'), eq(memberships.status, 'active')))
    .limit(1);
  return rows.length === 1;
}

export async function findOpeningWeek(clinicId: string) {
  return (await db()).select({ weekday: openingHours.weekday, opensAt: openingHours.opensAt, closesAt: openingHours.closesAt }).from(openingHours).where(eq(openingHours.clinicId, clinicId));
}

export async function findWorkingHours(clinicId: string, clinicianUserId: string) {
  return (await db())
    .select({ weekday: workingHours.weekday, startsAt: workingHours.startsAt, endsAt: workingHours.endsAt })
    .from(workingHours)
    .where(and(eq(workingHours.clinicId, clinicId), eq(workingHours.clinicianUserId, clinicianUserId)))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startsAt));
}

export async function replaceWorkingHours(
  clinicId: string,
  clinicianUserId: string,
  rows: { weekday: number; startsAt: string; endsAt: string }[],
  audit: AuditEventRow,
): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx.delete(workingHours).where(and(eq(workingHours.clinicId, clinicId), eq(workingHours.clinicianUserId, clinicianUserId)));
    if (rows.length > 0) await tx.insert(workingHours).values(rows.map((r) => ({ ...r, clinicId, clinicianUserId })));
    await insertAuditEvent(audit, tx);
  });
}

/** Exceptions that have not ended before `since`, soonest first. */
export async function findExceptions(clinicId: string, clinicianUserId: string, since: Date) {
  return (await db())
    .select({ id: scheduleExceptions.id, startsAt: scheduleExceptions.startsAt, endsAt: scheduleExceptions.endsAt, reason: scheduleExceptions.reason })
    .from(scheduleExceptions)
    .where(and(eq(scheduleExceptions.clinicId, clinicId), eq(scheduleExceptions.clinicianUserId, clinicianUserId), gte(scheduleExceptions.endsAt, since)))
    .orderBy(asc(scheduleExceptions.startsAt))
    .limit(200);
}

/** The exclusion constraint schedule_exceptions_no_overlap refuses an overlap (SQLSTATE 23P01); the caller maps it. */
export async function insertException(
  row: { clinicId: string; clinicianUserId: string; startsAt: Date; endsAt: Date; reason: string },
  audit: (id: string) => AuditEventRow,
): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const [created] = await tx.insert(scheduleExceptions).values(row).returning({ id: scheduleExceptions.id });
    await insertAuditEvent(audit(created!.id), tx);
    return created!.id;
  });
}

export async function deleteException(clinicId: string, clinicianUserId: string, id: string, audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .delete(scheduleExceptions)
      .where(and(eq(scheduleExceptions.id, id), eq(scheduleExceptions.clinicId, clinicId), eq(scheduleExceptions.clinicianUserId, clinicianUserId)))
      .returning({ id: scheduleExceptions.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export async function findClinicianVisitTypeIds(clinicId: string, clinicianUserId: string): Promise<string[]> {
  const rows = await (await db())
    .select({ id: clinicianVisitTypes.visitTypeId })
    .from(clinicianVisitTypes)
    .where(and(eq(clinicianVisitTypes.clinicId, clinicId), eq(clinicianVisitTypes.clinicianUserId, clinicianUserId)))
    .orderBy(asc(clinicianVisitTypes.visitTypeId));
  return rows.map((r) => r.id);
}

/** How many of these ids are visit types of this clinic (another clinic's ids do not count). */
export async function countClinicVisitTypes(clinicId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await (await db()).select({ id: visitTypes.id }).from(visitTypes).where(and(eq(visitTypes.clinicId, clinicId), inArray(visitTypes.id, ids)));
  return rows.length;
}

export async function replaceClinicianVisitTypes(clinicId: string, clinicianUserId: string, ids: string[], audit: AuditEventRow): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx.delete(clinicianVisitTypes).where(and(eq(clinicianVisitTypes.clinicId, clinicId), eq(clinicianVisitTypes.clinicianUserId, clinicianUserId)));
    if (ids.length > 0) await tx.insert(clinicianVisitTypes).values(ids.map((visitTypeId) => ({ clinicId, clinicianUserId, visitTypeId })));
    await insertAuditEvent(audit, tx);
  });
}
