import { randomUUID } from 'node:crypto';
import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireMessagingActor } from './messaging-access';
import { insertThread } from './messaging.repo';
import { startThreadSchema } from './messaging.schemas';
import { notifyNewMessage } from './notify-message';

/** A patient writes to their clinic's care team: a new conversation in the shared inbox, the team notified. */
export async function startThread(principal: Principal, raw: unknown, now = new Date()): Promise<{ id: string }> {
  const subject = { action: 'message.send', entityType: 'message_thread', entityId: null };
  const actor = await requireMessagingActor(principal, subject);
  if (actor.kind !== 'patient') {
    await recordDenial(principal, subject);
    throw validationFailed({ _: ['Staff reply to a patient’s conversation; patients start them.'] });
  }
  const parsed = startThreadSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const id = randomUUID();
  await insertThread(
    { id, clinicId: actor.clinicId, patientId: actor.patientId, subject: parsed.data.subject, createdByUserId: principal.userId },
    { authorKind: 'patient', body: parsed.data.body },
    now,
    auditEventOf(principal, { action: 'message.send', entityType: 'patient', entityId: actor.patientId }, 'allowed'),
  );
  await notifyNewMessage({ id, clinicId: actor.clinicId, patientId: actor.patientId, assignedUserId: null }, `${id}:first`, 'patient', principal.userId);
  return { id };
}
