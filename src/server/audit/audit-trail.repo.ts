import { and, desc, eq, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';

export interface AuditQuery {
  clinicId: string;
  actorUserId?: string;
  /** A prefix: "chart." finds every chart action. */
  actionPrefix?: string;
  entityType?: string;
  entityId?: string;
  outcome?: 'allowed' | 'denied' | 'error';
  from?: Date;
  until?: Date;
  /** Keyset: rows with a smaller seq than this (older). */
  beforeSeq?: number;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(q: AuditQuery): SQL[] {
  const where: SQL[] = [eq(auditEvents.clinicId, q.clinicId)];
  if (q.actorUserId) where.push(eq(auditEvents.actorUserId, q.actorUserId));
  if (q.actionPrefix) where.push(like(auditEvents.action, `${escapeLike(q.actionPrefix)}%`));
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  if (q.outcome) where.push(eq(auditEvents.outcome, q.outcome));
  if (q.from) where.push(gte(auditEvents.at, q.from));
  if (q.until) where.push(lt(auditEvents.at, q.until));
  if (q.beforeSeq !== undefined) where.push(lt(auditEvents.seq, q.beforeSeq));
  return where;
}

/** Newest first, scoped to one clinic; the actor's name comes from the users table (audit rows hold ids only). */
export async function findAuditEvents(q: AuditQuery, limit: number) {
  return (await db())
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      actingRole: auditEvents.actingRole,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions(q)))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}

/** The people who appear in a clinic's trail, for the actor filter. */
export async function findAuditActors(clinicId: string, limit: number) {
  return (await db())
    .selectDistinct({ userId: users.id, name: users.name, email: users.email })
    .from(auditEvents)
    .innerJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eq(auditEvents.clinicId, clinicId))
    .orderBy(sql`${users.name} nulls last`, users.email, users.id)
    .limit(limit);
}
