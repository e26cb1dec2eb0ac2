import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';

export const exportJobStatusEnum = pgEnum('export_job_status', ['queued', 'running', 'ready', 'failed']);

/**
 * "Download my data" prepared in the background: any app instance claims a queued job (SKIP LOCKED), reports
 * progress step by step, and leaves the file here for its owner until it expires (a day); expired files are
 * deleted. The owner's erasure deletes them with the account.
 */
export const dataExportJobs = pgTable(
  'data_export_jobs',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    format: text('format').notNull(),
    status: exportJobStatusEnum('status').notNull().default('queued'),
    /** 0–100, and the step being worked on, for the progress bar. */
    progress: integer('progress').notNull().default(0),
    step: text('step'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    body: text('body'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('data_export_jobs_user_idx').on(t.userId, t.createdAt),
    index('data_export_jobs_queue_idx').on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
  ],
);
