import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { logger } from '@/server/platform/logger';
import type { Download } from './export.schemas';
import { buildPersonalDataFile, parseExportFormat } from './export-my-data';
import {
  claimExportJob, completeExportJob, deleteExpiredExports, failExportJob, findLatestOwnExportJob, findOwnExportJob, insertExportJob,
  readOwnExportFile, reportExportProgress, type ExportJobView,
} from './export-jobs.repo';

/** A prepared file stays available this long; then it is deleted. */
const EXPORT_LIFETIME_MS = 24 * 3_600_000;
/** A running job with no progress for this long lost its worker and is taken up again. */
const STALE_AFTER_MS = 5 * 60_000;
function validJobId(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw validationFailed({ id: ['This is not an export id.'] });
  return value;
}

export interface ExportJobStatus {
  id: string;
  format: string;
  status: ExportJobView['status'];
  progress: number;
  step: string | null;
  fileName: string | null;
  expiresAt: string | null;
  downloadUrl: string | null;
}

const statusOf = (job: ExportJobView): ExportJobStatus => ({
  id: job.id,
  format: job.format,
  status: job.status,
  progress: job.progress,
  step: job.step,
  fileName: job.fileName,
  expiresAt: job.expiresAt?.toISOString() ?? null,
  downloadUrl: job.status === 'ready' ? `/api/v1/me/exports/${job.id}/download` : null,
});

/** Queues "Download my data" for the signed-in person; any instance's worker prepares it. */
export async function startDataExport(
  principal: Principal,
  input: { format?: unknown },
  options: { now?: Date; startWorker?: boolean } = {},
): Promise<ExportJobStatus> {
  const format = parseExportFormat(input.format);
  const job = await insertExportJob(principal.userId, format, options.now ?? new Date());
  // Start at once in this process; the periodic sweep picks it up anywhere if this process stops.
  if (options.startWorker ?? true) void processExportJobs().catch(() => undefined);
  return statusOf(job);
}

export async function dataExportStatus(principal: Principal, jobId: string): Promise<ExportJobStatus> {
  const job = await findOwnExportJob(principal.userId, validJobId(jobId));
  if (!job) throw notFound('That export');
  return statusOf(job);
}

export async function latestDataExport(principal: Principal): Promise<ExportJobStatus | null> {
  const job = await findLatestOwnExportJob(principal.userId);
  return job ? statusOf(job) : null;
}

export async function downloadDataExport(principal: Principal, jobId: string, now = new Date()): Promise<Download> {
  const file = await readOwnExportFile(principal.userId, validJobId(jobId), now);
  if (!file?.body || !file.fileName || !file.contentType) {
    if (await findOwnExportJob(principal.userId, jobId)) throw new AppError('conflict', 'That export is not ready, or has expired. Prepare a new one.');
    throw notFound('That export');
  }
  return { filename: file.fileName, contentType: file.contentType, body: file.body };
}

/**
 * The worker: prepares queued exports one at a time until none is left, reporting progress per part read.
 * Safe to run in several instances at once (jobs are claimed with SKIP LOCKED).
 */
export async function processExportJobs(now = () => new Date()): Promise<number> {
  let done = 0;
  await deleteExpiredExports(now());
  for (;;) {
    const job = await claimExportJob(now(), STALE_AFTER_MS);
    if (!job) return done;
    try {
      const file = await buildPersonalDataFile({ userId: job.userId, clinicId: null, role: null }, parseExportFormat(job.format), now(), (step, total, name) =>
        reportExportProgress(job.id, Math.floor((step / (total + 1)) * 100), name, now()),
      );
      const finishedAt = now();
      await completeExportJob(job.id, { fileName: file.filename, contentType: file.contentType, body: file.body }, finishedAt, new Date(finishedAt.getTime() + EXPORT_LIFETIME_MS));
      done += 1;
    } catch (error) {
      logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'data export failed');
      await failExportJob(job.id, now());
    }
  }
}
