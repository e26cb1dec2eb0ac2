import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './pglite-lock';
import { schema, type Schema } from './schema';

/** The typed Drizzle client; the same type on both engines, so repos never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbEngine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  engine: DbEngine;
  /** The driver underneath, for the few things Drizzle does not cover (snapshots, session locks). */
  native: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type OpenOptions =
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite'; memory: true; loadDataDir?: Blob }
  | { engine: 'postgres'; url: string; maxConnections?: number };

/** The extensions PGlite must load; PostgreSQL gets them from CREATE EXTENSION in the migrations. */
const pgliteExtensions = { pg_trgm, btree_gist };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      native: { kind: 'postgres', pool },
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }

  let release: () => void = () => undefined;
  let client: PGlite;
  if ('dataDir' in options) {
    release = acquireDataDirLock(path.join(options.dataDir, 'pglite.lock'));
    try {
      client = await PGlite.create(path.join(options.dataDir, 'pglite'), { extensions: pgliteExtensions });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create({ extensions: pgliteExtensions, loadDataDir: options.loadDataDir });
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    native: { kind: 'pglite', client },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}
