import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';

export interface AuditEventRow {
  clinicId: string | null;
  actorUserId: string | null;
  actingRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'allowed' | 'denied' | 'error';
}

/**
 * Appends one audit event. Pass the transaction of the change it records, so the change and its
 * record commit together or not at all; without one it is written on its own (denials).
 */
export async function insertAuditEvent(event: AuditEventRow, executor?: Db): Promise<void> {
  await (executor ?? (await db())).insert(auditEvents).values(event);
}
