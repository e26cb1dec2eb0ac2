import path from 'node:path';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './client';

export const migrationsFolder = path.join(process.cwd(), 'src', 'db', 'migrations');

// Any constant works; it only has to be the same for every instance of the platform.
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies the committed drizzle-kit migrations. On PostgreSQL several app instances may
 * start at once, so they queue on a session advisory lock held on one connection, and
 * migrate through that same connection, instead of racing on the same DDL.
 */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  if (handle.native.kind === 'pglite') {
    await migratePglite(drizzlePglite({ client: handle.native.client }), { migrationsFolder });
    return;
  }
  const connection = await handle.native.pool.connect();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzleNodePg({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    connection.release();
  }
}
