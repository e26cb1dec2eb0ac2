import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client';
import { parseReport, runChildScript, type ChildScript } from './testing/child-process';
import { createTestDataDir, removeTestDirs } from './testing/test-database';

type OpenReport = { opened: true; pid: number } | { opened: false; name: string; message: string };

const lockFile = (dataDir: string) => path.join(dataDir, 'pglite.lock');

/** Another Node process tries to open the data directory and reports what happened. */
async function openInAnotherProcess(dataDir: string): Promise<OpenReport> {
  const child = runChildScript('open-data-dir-child.ts', [dataDir]);
  const line = await child.waitForLine((l) => l.startsWith('{'), 'reporting whether it opened the database');
  await child.exited;
  return parseReport<OpenReport>(line);
}

/** The PID of a process that has certainly ended: one we started and waited for. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  if (child.pid === undefined) throw new Error('could not start a process');
  return child.pid;
}

const open: DatabaseHandle[] = [];
const children: ChildScript[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  await Promise.all(open.splice(0).map((handle) => handle.close()));
});

afterAll(removeTestDirs);

describe('the embedded database lock', () => {
  it('stops a second process with a clear message, and the first keeps working', async () => {
    const dataDir = await createTestDataDir();
    const first = await openDatabase({ engine: 'pglite', dataDir });
    open.push(first);
    await first.db.execute(sql`create table notes (id integer primary key)`);
    await first.db.execute(sql`insert into notes values (1)`);

    const second = await openInAnotherProcess(dataDir);

    expect(second).toMatchObject({ opened: false, name: 'DataDirLockedError' });
    const { message } = second as { message: string };
    expect(message).toContain(`already in use by another ClinixAI process (PID ${process.pid})`);
    expect(message).toContain(dataDir);
    expect(message).toContain('CLINIXAI_DATA_DIR');

    await first.db.execute(sql`insert into notes values (2)`);
    const { rows } = (await first.db.execute(sql`select id from notes order by id`)) as unknown as { rows: unknown[] };
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('stops this process too when another process holds the directory', async () => {
    const dataDir = await createTestDataDir();
    const holder = runChildScript('open-data-dir-child.ts', [dataDir, 'hold']);
    children.push(holder);
    const report = parseReport<OpenReport>(await holder.waitForLine((l) => l.startsWith('{'), 'opening the database'));
    expect(report).toEqual({ opened: true, pid: holder.pid });

    const attempt = openDatabase({ engine: 'pglite', dataDir });
    await expect(attempt).rejects.toMatchObject({ name: 'DataDirLockedError', holderPid: holder.pid });

    holder.process.kill('SIGTERM');
    expect(await holder.exited).toEqual({ code: 0, signal: null });
    // A clean shutdown releases the lock, so the directory opens again at once.
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    open.push(await openDatabase({ engine: 'pglite', dataDir }));
  });

  it('releases the lock on close, so the next process opens the directory', async () => {
    const dataDir = await createTestDataDir();
    const handle = await openDatabase({ engine: 'pglite', dataDir });
    expect(JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8'))).toEqual({ pid: process.pid, host: os.hostname() });
    await handle.close();
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    expect(await openInAnotherProcess(dataDir)).toMatchObject({ opened: true });
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = await createTestDataDir();
    const pid = await deadPid();
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ pid, host: os.hostname() }));

    expect(await openInAnotherProcess(dataDir)).toMatchObject({ opened: true });
  });

  it('takes over a lock file that was only half written (power loss while starting)', async () => {
    const dataDir = await createTestDataDir();
    fs.writeFileSync(lockFile(dataDir), '{"pid":');

    const handle = await openDatabase({ engine: 'pglite', dataDir });
    open.push(handle);
    expect(JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
