import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema/auth';
import { signInDevices } from '@/db/schema/notifications';
import { executor } from './notification-jobs.repo';

export interface DeviceSighting {
  /** This device had not signed in to the account before. */
  isNew: boolean;
  /** The account had signed in from some device before (false on its very first sign-in). */
  knownBefore: boolean;
  /** The person's own time zone, when they set one. */
  timeZone: string | null;
}

/**
 * Records a sign-in from a device (its keyed hash) in one transaction, and says whether it was new and whether
 * the account had any device before. The primary key makes two simultaneous sign-ins from one new device
 * one insert, so at most one of them is told "new".
 */
export async function recordDeviceSighting(userId: string, deviceKey: string, now: Date, given?: Db): Promise<DeviceSighting> {
  return (await executor(given)).transaction(async (tx) => {
    const [user] = await tx.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)).limit(1);
    const [known] = await tx.select({ count: sql<number>`count(*)::int` }).from(signInDevices).where(eq(signInDevices.userId, userId));
    const inserted = await tx
      .insert(signInDevices)
      .values({ userId, deviceKey, firstSeenAt: now, lastSeenAt: now })
      .onConflictDoNothing()
      .returning({ userId: signInDevices.userId });
    if (inserted.length === 0) {
      await tx.update(signInDevices).set({ lastSeenAt: now }).where(and(eq(signInDevices.userId, userId), eq(signInDevices.deviceKey, deviceKey)));
    }
    return { isNew: inserted.length === 1, knownBefore: (known?.count ?? 0) > 0, timeZone: user?.timeZone ?? null };
  });
}
