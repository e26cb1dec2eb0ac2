import { randomUUID } from 'node:crypto';
import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireVisibleThread } from './messaging-access';
import { insertMessage } from './messaging.repo';
import { replySchema } from './messaging.schemas';
import { notifyNewMessage } from './notify-message';

/** Adds a message to a conversation (a closed one opens again); the other side is notified. */
export async function replyToThread(principal: Principal, threadId: string, raw: unknown, now = new Date()): Promise<{ ok: true }> {
  const { actor, thread } = await requireVisibleThread(principal, threadId, 'message.send');
  const parsed = replySchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  await insertMessage(actor.clinicId, thread.id, principal.userId, actor.kind, parsed.data.body, now, auditEventOf(principal, { action: 'message.send', entityType: 'patient', entityId: thread.patientId }, 'allowed'));
  await notifyNewMessage(thread, randomUUID(), actor.kind, principal.userId);
  return { ok: true };
}
