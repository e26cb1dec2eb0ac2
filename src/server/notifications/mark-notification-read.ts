import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { markAllNotificationsRead, markNotificationRead, unreadState } from './notifications.repo';

/** Marks one of the person's own notifications read; anyone else's id is not found. */
export async function markRead(principal: Principal, id: string, now = new Date()): Promise<{ unread: number }> {
  if (!z.uuid().safeParse(id).success) throw validationFailed({ id: ['must be a notification id'] });
  if (!(await markNotificationRead(principal.userId, id, now))) throw notFound('The notification');
  return unreadState(principal.userId);
}

export async function markAllRead(principal: Principal, now = new Date()): Promise<{ unread: number }> {
  await markAllNotificationsRead(principal.userId, now);
  return { unread: 0 };
}
