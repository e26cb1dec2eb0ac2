import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { currentRequestId } from './request-id';

export interface AuditEventRow {
  clinicId: string | null;
  actorUserId: string | null;
  actingRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'allowed' | 'denied' | 'error';
  /** The request that caused it; filled from the current request when left out. */
  requestId?: string | null;
}

/**
 * Appends one audit event. Pass the transaction of the change it records, so the change and its
 * record commit together or not at all; without one it is written on its own (denials).
 * seq, prev_hash and hash are set by the database (migration 0005), never here.
 */
export async function insertAuditEvent(event: AuditEventRow, executor?: Db): Promise<void> {
  const requestId = event.requestId === undefined ? await currentRequestId() : event.requestId;
  await (executor ?? (await db())).insert(auditEvents).values({ ...event, requestId });
}
