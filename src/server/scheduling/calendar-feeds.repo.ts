import { and, asc, eq, gte, isNull, lt, ne } from 'drizzle-orm';
import { db } from '@/db/instance';
import { visitTypes } from '@/db/schema/clinics';
import { appointments, calendarFeeds } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export async function activeFeedOf(clinicId: string, clinicianUserId: string): Promise<{ id: string; createdAt: Date } | undefined> {
  const [row] = await (await db())
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.clinicId, clinicId), eq(calendarFeeds.clinicianUserId, clinicianUserId), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** Revokes the clinician's feeds and, unless only revoking, stores a new one; with the audit event, in one transaction. */
export async function replaceFeed(clinicId: string, clinicianUserId: string, tokenHash: string | null, audit: AuditEventRow, now: Date): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.clinicId, clinicId), eq(calendarFeeds.clinicianUserId, clinicianUserId), isNull(calendarFeeds.revokedAt)));
    if (tokenHash) await tx.insert(calendarFeeds).values({ clinicId, clinicianUserId, tokenHash, createdAt: now });
    await insertAuditEvent(audit, tx);
  });
}

export async function findActiveFeedByHash(tokenHash: string): Promise<{ clinicId: string; clinicianUserId: string } | undefined> {
  const [row] = await (await db())
    .select({ clinicId: calendarFeeds.clinicId, clinicianUserId: calendarFeeds.clinicianUserId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** The clinician's visits in the window, without anything that names the patient. */
export async function feedVisits(clinicId: string, clinicianUserId: string, from: Date, to: Date) {
  return (await db())
    .select({ id: appointments.id, startsAt: appointments.startsAt, endsAt: appointments.endsAt, status: appointments.status, visitTypeName: visitTypes.name, mode: visitTypes.mode })
    .from(appointments)
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .where(and(eq(appointments.clinicId, clinicId), eq(appointments.clinicianUserId, clinicianUserId), ne(appointments.status, 'cancelled'), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt))
    .limit(2000);
}
