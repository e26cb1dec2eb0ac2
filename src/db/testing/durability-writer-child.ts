import { sql } from 'drizzle-orm';
import { openDatabase } from '../client';
import { migrate } from '../migrate';

/**
 * Child process for the crash test: opens the embedded database the way the platform does
 * (openDatabase + migrate), then inserts rows one by one and prints "ack <id>" only after the
 * insert has returned, as a client would consider it saved. The test kills it with SIGKILL.
 * Usage: durability-writer-child.ts <dataDir> <maxRows>
 */
const [dataDir, maxRowsArg] = process.argv.slice(2);
const maxRows = Number(maxRowsArg);
if (!dataDir || !Number.isInteger(maxRows) || maxRows < 1) throw new Error('usage: durability-writer-child.ts <dataDir> <maxRows>');

const handle = await openDatabase({ engine: 'pglite', dataDir });
await migrate(handle);
// A table of its own: the test is about the storage engine, not about any domain table's columns.
await handle.db.execute(sql`create table if not exists durability_probe (id integer primary key, note text not null)`);
process.stdout.write('ready\n');
for (let id = 1; id <= maxRows; id += 1) {
  await handle.db.execute(sql`insert into durability_probe (id, note) values (${id}, ${`row ${id}`})`);
  process.stdout.write(`ack ${id}\n`);
}
process.stdout.write('done\n');
await handle.close();
