import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { stripeEvents } from '@/db/schema/billing';

/**
 * Runs an event's effect exactly once: the event id is inserted first, in the same transaction as the
 * effect. A redelivery (or a concurrent duplicate, which waits on the primary key) finds the id and
 * changes nothing; a failed effect rolls the id back so Stripe's retry is processed.
 */
export async function processStripeEventOnce<T>(event: { id: string; type: string }, effect: (tx: Db) => Promise<T>): Promise<{ duplicate: true } | { duplicate: false; result: T }> {
  return (await db()).transaction(async (tx) => {
    const inserted = await tx.insert(stripeEvents).values({ id: event.id, type: event.type }).onConflictDoNothing().returning({ id: stripeEvents.id });
    if (inserted.length === 0) return { duplicate: true as const };
    return { duplicate: false as const, result: await effect(tx) };
  });
}

export async function stripeEventProcessed(eventId: string): Promise<boolean> {
  const [row] = await (await db()).select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, eventId)).limit(1);
  return Boolean(row);
}
