import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/instance';
import { notifications } from '@/db/schema/notifications';

export async function notificationsOf(userId: string, limit: number) {
  return (await db())
    .select({ id: notifications.id, type: notifications.type, title: notifications.title, body: notifications.body, link: notifications.link, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** Cheap (partial index on unread rows): the live stream polls it. */
export async function unreadState(userId: string): Promise<{ unread: number }> {
  const [row] = await (await db())
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { unread: row?.unread ?? 0 };
}

/** Only the owner's notification; false when there is none (another person's id included). */
export async function markNotificationRead(userId: string, id: string, now: Date): Promise<boolean> {
  const database = await db();
  const [own] = await database.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.id, id))).limit(1);
  if (!own) return false;
  if (!own.readAt) await database.update(notifications).set({ readAt: now }).where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
  return true;
}

export async function markAllNotificationsRead(userId: string, now: Date): Promise<void> {
  await (await db()).update(notifications).set({ readAt: now }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
