import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import { db } from '@/db/instance';
import { signInFailures, signInLocks } from '@/db/schema/auth';

export async function activeLockUntil(lockKeys: string[], now: Date): Promise<Date | undefined> {
  const rows = await (await db())
    .select({ lockedUntil: signInLocks.lockedUntil })
    .from(signInLocks)
    .where(and(inArray(signInLocks.lockKey, lockKeys), gt(signInLocks.lockedUntil, now)));
  return rows.map((r) => r.lockedUntil).sort((a, b) => b.getTime() - a.getTime())[0];
}

export async function recordFailure(accountKey: string, ip: string, now: Date): Promise<void> {
  await (await db()).insert(signInFailures).values({ accountKey, ip, at: now });
}

export async function countFailures(filter: { accountKey?: string; ip: string; since: Date }): Promise<number> {
  const conditions = [eq(signInFailures.ip, filter.ip), gt(signInFailures.at, filter.since)];
  if (filter.accountKey) conditions.push(eq(signInFailures.accountKey, filter.accountKey));
  const [row] = await (await db()).select({ n: count() }).from(signInFailures).where(and(...conditions));
  return row?.n ?? 0;
}

export async function lock(lockKey: string, lockedUntil: Date): Promise<void> {
  await (await db())
    .insert(signInLocks)
    .values({ lockKey, lockedUntil })
    .onConflictDoUpdate({ target: signInLocks.lockKey, set: { lockedUntil } });
}

/** A successful sign-in forgets that account's failures from that IP. */
export async function clearFailures(accountKey: string, ip: string): Promise<void> {
  await (await db()).delete(signInFailures).where(and(eq(signInFailures.accountKey, accountKey), eq(signInFailures.ip, ip)));
}

/** Old rows carry no information once outside every window. */
export async function pruneBefore(cutoff: Date): Promise<void> {
  const database = await db();
  await database.delete(signInFailures).where(lt(signInFailures.at, cutoff));
  await database.delete(signInLocks).where(lt(signInLocks.lockedUntil, cutoff));
}
