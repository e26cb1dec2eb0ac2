import { logger } from '@/server/platform/logger';
import { enqueueNotification } from './enqueue-notification';
import { userIdByEmail } from './notification-jobs.repo';

/**
 * An invitation to someone who already has an account also shows in their notification centre. The link to
 * accept stays in the email only: it carries the single-use token. Never fails the caller.
 */
export async function notifyStaffInvitation(email: string, clinicName: string, invitationId: string): Promise<void> {
  try {
    const userId = await userIdByEmail(email);
    if (!userId) return;
    await enqueueNotification(undefined, {
      event: 'staff.invited',
      key: `staff.invited:${invitationId}`,
      userId,
      clinicId: null,
      title: `You are invited to join ${clinicName}`,
      body: `${clinicName} invited you to join its staff on ClinixAI. Open the invitation email we sent you to accept.`,
      channels: ['in_app'],
    });
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'invitation notice could not be enqueued');
  }
}
