import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { migrationsFolder } from '@/db/migrate';

// drizzle-kit's ledger of applied migrations (its default place); read here only, never written.
const drizzleLedger = pgSchema('drizzle').table('__drizzle_migrations', { id: serial('id'), hash: text('hash'), createdAt: bigint('created_at', { mode: 'number' }) });

/** Migrations applied to this database (drizzle's own ledger), and the newest one's timestamp. */
export async function appliedMigrations(): Promise<{ count: number; latestCreatedAt: number | null }> {
  const [row] = await (await db()).select({ count: sql<number>`count(*)::int`, latest: sql<string | null>`max(${drizzleLedger.createdAt})::text` }).from(drizzleLedger);
  return { count: row?.count ?? 0, latestCreatedAt: row?.latest ? Number(row.latest) : null };
}

/** The migrations this build ships (drizzle-kit's journal): tag and timestamp, in order. */
export async function shippedMigrations(): Promise<{ tag: string; when: number }[]> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}
