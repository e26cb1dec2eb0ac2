import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireMessagingActor } from './messaging-access';
import { listThreads } from './messaging.repo';
import { listThreadsQuery, type ThreadSummary } from './messaging.schemas';
import { threadSummary } from './thread-views';

/** A patient's own conversations with the clinic, or (staff) the clinic's shared inbox. The listing is audited. */
export async function listMessageThreads(principal: Principal, query: Record<string, string | undefined> = {}): Promise<{ items: ThreadSummary[]; unread: number }> {
  const subject = { action: 'message.list', entityType: 'message_thread', entityId: null };
  const actor = await requireMessagingActor(principal, subject);
  const parsed = listThreadsQuery.safeParse(query);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const rows = await listThreads(actor.clinicId, principal.userId, { patientId: actor.kind === 'patient' ? actor.patientId : undefined, status: parsed.data.status });
  await insertAuditEvent(auditEventOf(principal, actor.kind === 'patient' ? { ...subject, entityType: 'patient', entityId: actor.patientId } : subject, 'allowed'));
  const items = rows.map((row) => threadSummary(row, actor.kind === 'staff'));
  return { items, unread: items.filter((item) => item.unread).length };
}
