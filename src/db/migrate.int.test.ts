import fs from 'node:fs';
import path from 'node:path';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, isPgEnum, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { openDatabase } from './client';
import { migrate, migrationsFolder } from './migrate';
import { schema } from './schema';
import { createTestDatabase, createTestDatabaseUrl, testEngine } from './testing/test-database';

interface JournalEntry {
  idx: number;
  tag: string;
}

// Widened on purpose: the schema object mixes tables, enums and relations, told apart at run time.
const schemaEntries: unknown[] = Object.values(schema);

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};

/** Every table and column the Drizzle schema declares, as "schema.table.column". */
function declaredColumns(): string[] {
  return schemaEntries
    .filter((value): value is PgTable => is(value, PgTable))
    .flatMap((table) => {
      const config = getTableConfig(table);
      return config.columns.map((column) => `${config.schema ?? 'public'}.${config.name}.${column.name}`);
    })
    .sort();
}

async function rows<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await handle.db.execute(query);
  // node-postgres and PGlite both answer with { rows }.
  return (result as unknown as { rows: T[] }).rows;
}

async function existingColumns(handle: DatabaseHandle): Promise<string[]> {
  const found = await rows<{ column: string }>(
    handle,
    sql`select table_schema || '.' || table_name || '.' || column_name as column
        from information_schema.columns
        where table_schema not in ('pg_catalog', 'information_schema', 'drizzle')`,
  );
  return found.map((row) => row.column).sort();
}

async function appliedMigrations(handle: DatabaseHandle): Promise<{ hash: string; created_at: string }[]> {
  return rows(handle, sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id`);
}

describe(`migrations on ${testEngine()}`, () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
  });

  afterAll(async () => {
    await handle.close();
  });

  it('list every migration file in the journal, and have a file for every journal entry', () => {
    const files = fs.readdirSync(migrationsFolder).filter((file) => file.endsWith('.sql')).sort();
    const tags = journal.entries.map((entry) => `${entry.tag}.sql`).sort();
    expect(files).toEqual(tags);
  });

  it('create every table and column the schema declares (a schema change without `npm run db:generate` fails here)', async () => {
    const declared = declaredColumns();
    // Guards the check itself: an empty list would pass whatever the database holds.
    expect(declared).toContain('public.users.email');
    const existing = new Set(await existingColumns(handle));
    expect(declared.filter((column) => !existing.has(column))).toEqual([]);
  });

  it('create every enum value the schema declares', async () => {
    const declared = schemaEntries
      .filter(isPgEnum)
      .flatMap((pgEnum) => pgEnum.enumValues.map((value) => `${pgEnum.enumName}.${value}`))
      .sort();
    expect(declared).toContain('role.patient');
    const found = await rows<{ value: string }>(
      handle,
      sql`select t.typname || '.' || e.enumlabel as value from pg_enum e join pg_type t on t.oid = e.enumtypid`,
    );
    const existing = new Set(found.map((row) => row.value));
    expect(declared.filter((value) => !existing.has(value))).toEqual([]);
  });

  it('record each migration once, and running migrate again changes nothing', async () => {
    const before = await appliedMigrations(handle);
    expect(before).toHaveLength(journal.entries.length);
    const columnsBefore = await existingColumns(handle);
    await handle.db.execute(sql`create table keep_me (id integer primary key)`);
    await handle.db.execute(sql`insert into keep_me values (7)`);

    await migrate(handle);
    await migrate(handle);

    expect(await appliedMigrations(handle)).toEqual(before);
    expect(await existingColumns(handle)).toEqual([...columnsBefore, 'public.keep_me.id'].sort());
    expect(await rows(handle, sql`select id from keep_me`)).toEqual([{ id: 7 }]);
  });

  it('apply from an empty database to the same schema', async () => {
    const empty = await createTestDatabase({ migrated: false });
    try {
      expect(await existingColumns(empty)).toEqual([]);
      await migrate(empty);
      expect(await appliedMigrations(empty)).toHaveLength(journal.entries.length);
      expect(await existingColumns(empty)).toEqual(await existingColumns(handle).then((all) => all.filter((c) => c !== 'public.keep_me.id')));
    } finally {
      await empty.close();
    }
  });

  if (testEngine() === 'postgres') {
    // Several app instances starting together on one PostgreSQL database queue on an advisory lock.
    it('apply once when two instances start at the same time', async () => {
      const url = await createTestDatabaseUrl({ migrated: false });
      const first = await openDatabase({ engine: 'postgres', url, maxConnections: 2 });
      const second = await openDatabase({ engine: 'postgres', url, maxConnections: 2 });
      try {
        await Promise.all([migrate(first), migrate(second)]);
        expect(await appliedMigrations(first)).toHaveLength(journal.entries.length);
        expect(new Set(await existingColumns(second))).toEqual(new Set(declaredColumns()));
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });
  }
});
