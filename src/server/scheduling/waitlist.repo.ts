import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { waitlistEntries } from '@/db/schema/scheduling';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export type NewWaitlistEntry = typeof waitlistEntries.$inferInsert;

export async function insertWaitlistEntry(entry: NewWaitlistEntry, audit: AuditEventRow): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx.insert(waitlistEntries).values(entry);
    await insertAuditEvent(audit, tx);
  });
}

/** Open entries (waiting or offered) with the names the front desk needs, oldest first. */
export async function listOpenWaitlist(clinicId: string) {
  return (await db())
    .select({
      id: waitlistEntries.id,
      patientId: waitlistEntries.patientId,
      givenName: patients.givenName,
      familyName: patients.familyName,
      visitTypeId: waitlistEntries.visitTypeId,
      visitTypeName: visitTypes.name,
      clinicianName: users.name,
      notBefore: waitlistEntries.notBefore,
      notAfter: waitlistEntries.notAfter,
      status: waitlistEntries.status,
      offeredStart: waitlistEntries.offeredStart,
      offeredClinicianId: waitlistEntries.offeredClinicianUserId,
    })
    .from(waitlistEntries)
    .innerJoin(patients, eq(patients.id, waitlistEntries.patientId))
    .innerJoin(visitTypes, eq(visitTypes.id, waitlistEntries.visitTypeId))
    .leftJoin(users, eq(users.id, waitlistEntries.clinicianUserId))
    .where(and(eq(waitlistEntries.clinicId, clinicId), inArray(waitlistEntries.status, ['waiting', 'offered'])))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .limit(500);
}

export async function findWaitlistEntry(clinicId: string, entryId: string) {
  const [row] = await (await db())
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.clinicId, clinicId), eq(waitlistEntries.id, entryId)))
    .limit(1);
  return row;
}

export async function setWaitlistStatus(clinicId: string, entryId: string, status: 'booked' | 'removed', audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(waitlistEntries)
      .set({ status })
      .where(and(eq(waitlistEntries.clinicId, clinicId), eq(waitlistEntries.id, entryId), inArray(waitlistEntries.status, ['waiting', 'offered'])))
      .returning({ id: waitlistEntries.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

/**
 * Offers a freed time to the first waiting entry (oldest first) that wants this visit type, with this
 * clinician or any, on this clinic-local day. The row is claimed with a conditional update, so two
 * cancellations never offer to the same entry. Returns the entry offered to, if any.
 */
export async function offerToFirstWaiting(
  clinicId: string,
  offer: { visitTypeId: string; clinicianUserId: string; start: Date; localDate: string; now: Date },
  auditFor: (entryId: string) => AuditEventRow,
): Promise<{ id: string; patientId: string } | undefined> {
  const database = await db();
  const candidates = await database
    .select({ id: waitlistEntries.id, patientId: waitlistEntries.patientId })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.clinicId, clinicId),
        eq(waitlistEntries.status, 'waiting'),
        eq(waitlistEntries.visitTypeId, offer.visitTypeId),
        or(isNull(waitlistEntries.clinicianUserId), eq(waitlistEntries.clinicianUserId, offer.clinicianUserId)),
        lte(waitlistEntries.notBefore, offer.localDate),
        gte(waitlistEntries.notAfter, offer.localDate),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .limit(5);
  for (const candidate of candidates) {
    const claimed = await database.transaction(async (tx) => {
      const rows = await tx
        .update(waitlistEntries)
        .set({ status: 'offered', offeredStart: offer.start, offeredClinicianUserId: offer.clinicianUserId, offeredAt: offer.now })
        .where(and(eq(waitlistEntries.id, candidate.id), eq(waitlistEntries.status, 'waiting')))
        .returning({ id: waitlistEntries.id });
      if (rows.length === 0) return false;
      await insertAuditEvent(auditFor(candidate.id), tx);
      return true;
    });
    if (claimed) return candidate;
  }
  return undefined;
}
