import type { Principal } from '@/server/access/principal';
import { insertAuditEvent, type AuditEventRow } from './audit.repo';

/** What happened, to which record; ids only, never names, addresses or clinical content. */
export interface AuditSubject {
  action: string;
  entityType: string;
  entityId: string | null;
}

/** The audit row for something a signed-in principal did (or was refused) in their active clinic. */
export function auditEventOf(principal: Principal, subject: AuditSubject, outcome: AuditEventRow['outcome']): AuditEventRow {
  return {
    clinicId: principal.active?.clinicId ?? null,
    actorUserId: principal.userId,
    actingRole: principal.active?.role ?? null,
    ...subject,
    outcome,
  };
}

/** Records a refusal. Written outside any transaction: the refused change never started one. */
export async function recordDenial(principal: Principal, subject: AuditSubject): Promise<void> {
  await insertAuditEvent(auditEventOf(principal, subject, 'denied'));
}
