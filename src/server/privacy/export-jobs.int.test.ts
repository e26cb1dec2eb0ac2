import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { dataExportJobs } from '@/db/schema/privacy';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { dataExportStatus, downloadDataExport, processExportJobs, startDataExport } from './export-jobs';

let handle: DatabaseHandle;
const principalOf = (userId: string): Principal => ({
  userId, name: null, email: `${userId}@example.org`, sessionId: 'test', active: null, memberships: [], permissions: new Set(['self:read']),
});

async function person() {
  const id = randomUUID();
  await handle.db.insert(users).values({ id, email: `${id}@example.org`, name: 'Export Tester' });
  return principalOf(id);
}

// The worker is run by each test itself, not started by the request as in the app.
const queueOnly = { startWorker: false };
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle.close();
});

describe('background data export', () => {
  it('is queued, prepared with progress, then downloadable by its owner only, and never by id guessing', async () => {
    const owner = await person();
    const stranger = await person();
    const job = await startDataExport(owner, { format: 'json' }, queueOnly);
    expect(job).toMatchObject({ status: 'queued', progress: 0, downloadUrl: null });
    await processExportJobs();

    const ready = await dataExportStatus(owner, job.id);
    expect(ready).toMatchObject({ status: 'ready', progress: 100, downloadUrl: `/api/v1/me/exports/${job.id}/download` });
    const file = await downloadDataExport(owner, job.id);
    expect(JSON.parse(file.body)).toMatchObject({ schema: 'clinixai.personal-data.v1', account: { email: owner.email } });

    expect(codeOf(await dataExportStatus(stranger, job.id).catch((e: unknown) => e))).toBe('not_found');
    expect(codeOf(await downloadDataExport(stranger, job.id).catch((e: unknown) => e))).toBe('not_found');
    const bad = await dataExportStatus(owner, "1' or '1'='1").catch((e: unknown) => e);
    expect((bad as AppError).fieldErrors).toEqual({ id: ['This is not an export id.'] });
    expect(codeOf(await startDataExport(owner, { format: 'xml' }, queueOnly).catch((e: unknown) => e))).toBe('validation_failed');
  });

  it('reports each part as it goes', async () => {
    const owner = await person();
    const job = await startDataExport(owner, { format: 'fhir' }, queueOnly);
    // Every progress the worker writes is what the privacy center's progress bar can read. A trigger in this
    // throwaway database copies each write of this job's row, so no intermediate value can slip between two reads.
    await handle.db.execute(sql.raw('create table export_progress_seen (seq serial primary key, progress integer not null, step text)'));
    await handle.db.execute(
      sql.raw(`create function export_progress_seen_fn() returns trigger language plpgsql as $$
        begin insert into export_progress_seen (progress, step) values (new.progress, new.step); return new; end $$`),
    );
    await handle.db.execute(
      sql.raw(`create trigger export_progress_seen_trg after update on data_export_jobs
        for each row when (new.id = '${job.id}') execute function export_progress_seen_fn()`),
    );
    await processExportJobs();
    const ready = await dataExportStatus(owner, job.id);
    expect(ready.status).toBe('ready');
    expect(ready.fileName).toMatch(/\.fhir\.json$/);
    const { rows } = (await handle.db.execute(sql`select progress, step from export_progress_seen order by seq`)) as unknown as { rows: { progress: number; step: string | null }[] };
    const intermediate = rows.filter((row) => row.progress > 0 && row.progress < 100);
    // Several parts were reported by name, each further on than the one before, before the file was ready at 100.
    expect(intermediate.length).toBeGreaterThanOrEqual(3);
    expect(intermediate.every((row) => typeof row.step === 'string' && row.step.length > 0)).toBe(true);
    const progress = rows.map((row) => row.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(100);
    await handle.db.execute(sql.raw('drop trigger export_progress_seen_trg on data_export_jobs'));
  });

  it('two workers never prepare the same export twice, and a stopped worker\'s job is taken up again', async () => {
    const owners = await Promise.all([person(), person(), person()]);
    const jobs = await Promise.all(owners.map((owner) => startDataExport(owner, { format: 'json' }, queueOnly)));
    const [a, b] = await Promise.all([processExportJobs(), processExportJobs()]);
    expect(a + b, "each export prepared by exactly one worker").toBe(3);
    for (const [i, job] of jobs.entries()) expect((await dataExportStatus(owners[i]!, job.id)).status).toBe('ready');

    const owner = await person();
    const stuck = await startDataExport(owner, { format: 'json' }, queueOnly);
    await processExportJobs();
    // Simulate a worker that claimed the job and died: running, last progress long ago.
    await handle.db.update(dataExportJobs).set({ status: 'running', startedAt: new Date(Date.now() - 10 * 60_000), body: null, fileName: null }).where(eq(dataExportJobs.id, stuck.id));
    expect(await processExportJobs()).toBe(1);
    expect((await dataExportStatus(owner, stuck.id)).status).toBe('ready');
  });

  it('deletes a prepared file a day later', async () => {
    const owner = await person();
    const job = await startDataExport(owner, { format: 'json' }, queueOnly);
    await processExportJobs();
    await processExportJobs(() => new Date(Date.now() + 25 * 3_600_000));
    expect(codeOf(await dataExportStatus(owner, job.id).catch((e: unknown) => e))).toBe('not_found');
  });
});
