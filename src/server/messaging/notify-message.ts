import { enqueueNotification } from '@/server/notifications/enqueue-notification';
import { logger } from '@/server/platform/logger';
import { careTeam, clinicName, patientAccount } from './messaging.repo';

/**
 * A new message notifies the other side, never with its content: a patient's message the care team (or only the
 * assignee), a staff reply the patient. A failure to enqueue never loses the message itself.
 */
export async function notifyNewMessage(thread: { id: string; clinicId: string; patientId: string; assignedUserId: string | null }, messageKey: string, from: 'patient' | 'staff', authorUserId: string): Promise<void> {
  try {
    const name = await clinicName(thread.clinicId);
    if (from === 'staff') {
      const userId = await patientAccount(thread.clinicId, thread.patientId);
      if (!userId) return;
      await enqueueNotification(undefined, { event: 'message.received', key: `message:${messageKey}`, userId, clinicId: thread.clinicId, title: `New message from ${name}`, body: `You have a new message from ${name}. Sign in to read it.`, link: `/patient/messages?thread=${thread.id}` });
      return;
    }
    const everyone = await careTeam(thread.clinicId);
    const team = thread.assignedUserId ? everyone.filter((member) => member.userId === thread.assignedUserId) : everyone;
    for (const member of team) {
      if (member.userId === authorUserId) continue;
      await enqueueNotification(undefined, { event: 'message.received', key: `message:${messageKey}`, userId: member.userId, clinicId: thread.clinicId, title: 'New patient message', body: `A patient wrote to ${name}. Sign in to read it.`, link: `${member.role === 'clinician' ? '/clinician' : '/admin'}/messages?thread=${thread.id}` });
    }
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'message notification could not be enqueued');
  }
}
