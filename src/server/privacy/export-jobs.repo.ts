import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { dataExportJobs } from '@/db/schema/privacy';

export interface ExportJobView {
  id: string;
  format: string;
  status: 'queued' | 'running' | 'ready' | 'failed';
  progress: number;
  step: string | null;
  fileName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

const view = {
  id: dataExportJobs.id,
  format: dataExportJobs.format,
  status: dataExportJobs.status,
  progress: dataExportJobs.progress,
  step: dataExportJobs.step,
  fileName: dataExportJobs.fileName,
  createdAt: dataExportJobs.createdAt,
  finishedAt: dataExportJobs.finishedAt,
  expiresAt: dataExportJobs.expiresAt,
};

export async function insertExportJob(userId: string, format: string, now: Date): Promise<ExportJobView> {
  const [row] = await (await db()).insert(dataExportJobs).values({ userId, format, createdAt: now }).returning(view);
  if (!row) throw new Error('export job insert returned no row');
  return row;
}

/** One of the person's own jobs; another person's id is simply not found. */
export async function findOwnExportJob(userId: string, jobId: string): Promise<ExportJobView | undefined> {
  const [row] = await (await db()).select(view).from(dataExportJobs).where(and(eq(dataExportJobs.id, jobId), eq(dataExportJobs.userId, userId))).limit(1);
  return row;
}

export async function findLatestOwnExportJob(userId: string): Promise<ExportJobView | undefined> {
  const [row] = await (await db()).select(view).from(dataExportJobs).where(eq(dataExportJobs.userId, userId)).orderBy(desc(dataExportJobs.createdAt)).limit(1);
  return row;
}

export async function readOwnExportFile(userId: string, jobId: string, now: Date) {
  const [row] = await (await db())
    .select({ fileName: dataExportJobs.fileName, contentType: dataExportJobs.contentType, body: dataExportJobs.body })
    .from(dataExportJobs)
    .where(and(eq(dataExportJobs.id, jobId), eq(dataExportJobs.userId, userId), eq(dataExportJobs.status, 'ready'), sql`${dataExportJobs.expiresAt} > ${now}`))
    .limit(1);
  return row;
}

/**
 * Claims the oldest queued job for this instance, or a running one whose worker stopped (no progress for
 * staleAfterMs: a crash or a restart), with SKIP LOCKED so two instances never take the same job.
 */
export async function claimExportJob(now: Date, staleAfterMs: number): Promise<{ id: string; userId: string; format: string } | undefined> {
  return (await db()).transaction(async (tx) => {
    const [job] = await tx
      .select({ id: dataExportJobs.id, userId: dataExportJobs.userId, format: dataExportJobs.format })
      .from(dataExportJobs)
      .where(sql`${dataExportJobs.status} = 'queued' or (${dataExportJobs.status} = 'running' and ${dataExportJobs.startedAt} < ${new Date(now.getTime() - staleAfterMs)})`)
      .orderBy(dataExportJobs.createdAt)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!job) return undefined;
    await tx.update(dataExportJobs).set({ status: 'running', startedAt: now, progress: 0, step: null }).where(eq(dataExportJobs.id, job.id));
    return job;
  });
}

/** Progress also renews started_at, so a slow but live worker is never taken for a stopped one. */
export async function reportExportProgress(jobId: string, progress: number, step: string, now: Date): Promise<void> {
  await (await db()).update(dataExportJobs).set({ progress, step, startedAt: now }).where(and(eq(dataExportJobs.id, jobId), eq(dataExportJobs.status, 'running')));
}

export async function completeExportJob(jobId: string, file: { fileName: string; contentType: string; body: string }, now: Date, expiresAt: Date): Promise<void> {
  await (await db()).update(dataExportJobs).set({ ...file, status: 'ready', progress: 100, step: null, finishedAt: now, expiresAt }).where(eq(dataExportJobs.id, jobId));
}

export async function failExportJob(jobId: string, now: Date): Promise<void> {
  await (await db()).update(dataExportJobs).set({ status: 'failed', step: null, finishedAt: now }).where(eq(dataExportJobs.id, jobId));
}

/** Personal data is not kept once its owner had the time to save it. */
export async function deleteExpiredExports(now: Date): Promise<number> {
  const rows = await (await db()).delete(dataExportJobs).where(lt(dataExportJobs.expiresAt, now)).returning({ id: dataExportJobs.id });
  return rows.length;
}
