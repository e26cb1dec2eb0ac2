import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { notificationsOf, unreadState } from './notifications.repo';
import { listNotificationsQuery, type NotificationList } from './notification.schemas';

/** The signed-in person's own notification centre, newest first; notifications are personal, never clinic-wide. */
export async function listNotifications(principal: Principal, query: Record<string, string | undefined> = {}): Promise<NotificationList> {
  const parsed = listNotificationsQuery.safeParse(query);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const [rows, state] = await Promise.all([notificationsOf(principal.userId, parsed.data.limit), unreadState(principal.userId)]);
  return {
    items: rows.map((row) => ({ id: row.id, type: row.type, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null })),
    unread: state.unread,
  };
}
