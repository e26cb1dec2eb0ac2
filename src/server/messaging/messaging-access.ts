import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial, type AuditSubject } from '@/server/audit/record-audit-event';
import { canSeeThread, messagingSideOf, type MessagingActor } from './messaging.policy';
import { findThread, ownPatientId, type ThreadRow } from './messaging.repo';

/** The caller as a messaging participant in their active clinic; anyone else is refused as "not found" (and audited). */
export async function requireMessagingActor(principal: Principal, subject: AuditSubject): Promise<MessagingActor> {
  const clinicId = principal.active?.clinicId;
  const side = messagingSideOf(principal.active?.role);
  if (!clinicId || !side) {
    await recordDenial(principal, subject);
    throw notFound('Messages');
  }
  if (side === 'staff') return { kind: 'staff', clinicId };
  const patientId = await ownPatientId(clinicId, principal.userId);
  if (!patientId) throw validationFailed({ clinic: ['Complete your patient profile with this clinic before writing to it.'] });
  return { kind: 'patient', clinicId, patientId };
}

/** A thread the caller may see; another clinic's, another patient's or a made-up id answers 404. */
export async function requireVisibleThread(principal: Principal, threadId: string, action: string): Promise<{ actor: MessagingActor; thread: ThreadRow }> {
  const wellFormed = z.uuid().safeParse(threadId).success;
  const subject = { action, entityType: 'message_thread', entityId: wellFormed ? threadId : null };
  const actor = await requireMessagingActor(principal, subject);
  if (!wellFormed) throw validationFailed({ id: ['must be a conversation id'] });
  const thread = await findThread(actor.clinicId, threadId);
  if (!thread || !canSeeThread(actor, thread)) {
    await recordDenial(principal, subject);
    throw notFound('The conversation');
  }
  return { actor, thread };
}
