import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { notificationPreferences } from '@/db/schema/notifications';

export async function preferencesOf(userId: string) {
  return (await db())
    .select({ event: notificationPreferences.event, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

/** Upserts every given setting in one transaction: all or nothing. */
export async function savePreferences(userId: string, settings: { event: string; channel: 'in_app' | 'email'; enabled: boolean }[], now: Date): Promise<void> {
  await (await db()).transaction(async (tx) => {
    for (const setting of settings) {
      await tx
        .insert(notificationPreferences)
        .values({ userId, ...setting, updatedAt: now })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.event, notificationPreferences.channel], set: { enabled: sql`excluded.enabled`, updatedAt: now } });
    }
  });
}
