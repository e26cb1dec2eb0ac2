import { env } from '@/config/env';
import { openDatabase, type DatabaseHandle, type Db } from './client';
import { migrate } from './migrate';

/**
 * One database per process, kept on globalThis: Next.js may load this module more than
 * once (server bundles, route handlers, instrumentation), and PGlite must be opened once.
 */
const holder = globalThis as typeof globalThis & { __clinixaiDatabase?: Promise<DatabaseHandle> };

async function openConfigured(): Promise<DatabaseHandle> {
  const config = env();
  const handle = config.DATABASE_URL
    ? await openDatabase({ engine: 'postgres', url: config.DATABASE_URL })
    : await openDatabase({ engine: 'pglite', dataDir: config.CLINIXAI_DATA_DIR });
  await migrate(handle);
  return handle;
}

/** The migrated database of this process, opened on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  holder.__clinixaiDatabase ??= openConfigured().catch((error: unknown) => {
    holder.__clinixaiDatabase = undefined;
    throw error;
  });
  return holder.__clinixaiDatabase;
}

/** Shortcut for repos. */
export async function db(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Closes the database (and releases the PGlite lock); used on shutdown. */
export async function closeDatabase(): Promise<void> {
  const pending = holder.__clinixaiDatabase;
  holder.__clinixaiDatabase = undefined;
  if (pending) await (await pending).close();
}

/** Integration tests hand the process a fresh test database instead of the configured one. */
export function useDatabaseForTesting(handle: DatabaseHandle): void {
  holder.__clinixaiDatabase = Promise.resolve(handle);
}
