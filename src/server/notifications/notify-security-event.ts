import { randomUUID } from 'node:crypto';
import { logger } from '@/server/platform/logger';
import { enqueueNotification } from './enqueue-notification';
import { userIdByEmail } from './notification-jobs.repo';

const notices = {
  'security.password_changed': { title: 'Your password was changed', body: 'Your password was changed and every other session was signed out. If this was not you, reset your password now.' },
} as const;

/**
 * An account security notice in the app. The email for these is sent by the auth flow itself, always (it cannot
 * be switched off), so this adds the in-app notice only. Never fails the caller.
 */
export async function notifySecurityEvent(email: string, event: keyof typeof notices): Promise<void> {
  try {
    const userId = await userIdByEmail(email);
    if (!userId) return;
    await enqueueNotification(undefined, { event, key: `${event}:${randomUUID()}`, userId, clinicId: null, ...notices[event], link: '/settings', channels: ['in_app'] });
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'security notice could not be enqueued');
  }
}
