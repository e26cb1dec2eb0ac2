import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client';
import { migrate } from './migrate';
import { runChildScript, type ChildScript } from './testing/child-process';
import { createTestDataDir, removeTestDirs } from './testing/test-database';

// Far more rows than the writer can insert before the test kills it; the bound only makes
// sure a writer that is never killed still ends.
const MAX_ROWS = 200_000;
// Enough acknowledged rows that the kill lands in the middle of a stream of commits.
const KILL_AFTER_ACKS = 40;

async function ids(handle: DatabaseHandle, table: string): Promise<number[]> {
  const result = await handle.db.execute(sql`select id from ${sql.identifier(table)} order by id`);
  return (result as unknown as { rows: { id: number }[] }).rows.map((row) => row.id);
}

const open: DatabaseHandle[] = [];
const children: ChildScript[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  await Promise.all(open.splice(0).map((handle) => handle.close()));
});

afterAll(removeTestDirs);

describe('the embedded database on disk', () => {
  it('keeps every acknowledged row when the process is killed mid-write (kill -9, power loss)', async () => {
    const dataDir = await createTestDataDir();
    const writer = runChildScript('durability-writer-child.ts', [dataDir, String(MAX_ROWS)]);
    children.push(writer);

    await writer.waitForLine((line) => line === `ack ${KILL_AFTER_ACKS}`, `acknowledging ${KILL_AFTER_ACKS} rows`);
    writer.process.kill('SIGKILL');
    const ended = await writer.exited;

    // Every row the writer printed before dying was acknowledged to its caller.
    const acknowledged = writer.lines.filter((line) => line.startsWith('ack ')).map((line) => Number(line.slice(4)));
    expect(ended.signal, 'the writer must die mid-stream, not finish').toBe('SIGKILL');
    expect(writer.lines).not.toContain('done');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // The dead writer's lock is stale; reopening takes it over and recovers from the WAL.
    const reopened = await openDatabase({ engine: 'pglite', dataDir });
    open.push(reopened);
    await migrate(reopened);
    const stored = new Set(await ids(reopened, 'durability_probe'));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // Still a working database after recovery.
    await reopened.db.execute(sql`insert into durability_probe (id, note) values (${MAX_ROWS + 1}, 'after restart')`);
    expect(await ids(reopened, 'durability_probe')).toContain(MAX_ROWS + 1);
  });

  it('keeps data across a clean restart', async () => {
    const dataDir = await createTestDataDir();
    const before = await openDatabase({ engine: 'pglite', dataDir });
    await migrate(before);
    await before.db.execute(sql`create table restart_probe (id integer primary key)`);
    await before.db.execute(sql`insert into restart_probe values (1), (2), (3)`);
    await before.close();

    const after = await openDatabase({ engine: 'pglite', dataDir });
    open.push(after);
    await migrate(after);
    expect(await ids(after, 'restart_probe')).toEqual([1, 2, 3]);
  });
});
