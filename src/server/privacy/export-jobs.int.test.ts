import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
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
    const seen: number[] = [];
    // Watch the row while the worker runs, one read after another (never overlapping, so each read sees at least
    // what the previous one saw): progress only rises, then the file is ready.
    let working = true;
    const worker = processExportJobs().finally(() => {
      working = false;
    });
    while (working) {
      const [row] = await handle.db.select({ progress: dataExportJobs.progress }).from(dataExportJobs).where(eq(dataExportJobs.id, job.id));
      if (row) seen.push(row.progress);
    }
    await worker;
    const ready = await dataExportStatus(owner, job.id);
    expect(ready.status).toBe('ready');
    expect(ready.fileName).toMatch(/\.fhir\.json$/);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
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
