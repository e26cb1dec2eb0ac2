import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireVisibleThread } from './messaging-access';
import { careTeam, updateThread } from './messaging.repo';
import { updateThreadSchema } from './messaging.schemas';

/** Staff assign a conversation to a colleague of the clinic, or close / reopen it. Patients cannot. */
export async function changeThread(principal: Principal, threadId: string, raw: unknown): Promise<{ ok: true }> {
  const { actor, thread } = await requireVisibleThread(principal, threadId, 'message.update');
  if (actor.kind !== 'staff') {
    await recordDenial(principal, { action: 'message.update', entityType: 'message_thread', entityId: thread.id });
    throw notFound('The conversation');
  }
  const parsed = updateThreadSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const change = parsed.data;
  if ('assignedUserId' in change && change.assignedUserId) {
    const team = await careTeam(actor.clinicId);
    if (!team.some((member) => member.userId === change.assignedUserId)) throw validationFailed({ assignedUserId: ['Choose a colleague of this clinic.'] });
  }
  const action = 'status' in change ? (change.status === 'closed' ? 'message.close' : 'message.reopen') : 'message.assign';
  await updateThread(actor.clinicId, thread.id, change, auditEventOf(principal, { action, entityType: 'patient', entityId: thread.patientId }, 'allowed'));
  return { ok: true };
}
