import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';

/**
 * Accesses to the charts of the person's own patient records: audit events on entity type `patient`
 * whose id is one of the records linked to the user, with chart actions (`chart.*`) or a full copy of the
 * record taken by "Download my data" (`privacy.export`), newest first.
 * The record ids come from a sub-select on patients.user_id, never from the caller, and the event's
 * clinic must be the record's clinic.
 */
export async function findRecordAccesses(userId: string, limit: number) {
  const ownRecords = (await db())
    .select({ id: sql<string>`${patients.id}::text` })
    .from(patients)
    .where(eq(patients.userId, userId));
  return (await db())
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actingRole: auditEvents.actingRole,
      clinicName: clinics.name,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
    })
    .from(auditEvents)
    .innerJoin(patients, and(eq(sql`${patients.id}::text`, auditEvents.entityId), eq(patients.clinicId, auditEvents.clinicId)))
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(clinics, eq(clinics.id, auditEvents.clinicId))
    .where(and(eq(auditEvents.entityType, 'patient'), inArray(sql`${patients.id}::text`, ownRecords), or(like(auditEvents.action, 'chart.%'), eq(auditEvents.action, 'privacy.export'))))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
