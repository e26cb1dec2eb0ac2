import { expirePaymentHolds } from '@/server/billing/expire-payment-holds';
import { startNotificationSweeps } from '@/server/notifications/notification-sweep';
import { eraseDueAccounts } from '@/server/privacy/erase-due-accounts';
import { processExportJobs } from '@/server/privacy/export-jobs';
import { logger } from './logger';
import { noteSweepRun } from './sweep-runs';

/** How often due work is looked for. Erasure is due by the day, so a quarter of an hour is prompt enough. */
const SWEEP_INTERVAL_MS = 15 * 60_000;

const holder = globalThis as typeof globalThis & { __clinixaiSweeps?: NodeJS.Timeout; __clinixaiHoldSweeps?: NodeJS.Timeout };

/**
 * Periodic work of the platform, run in every app instance. The work itself lives in the database and
 * each unit is claimed with SKIP LOCKED, so several instances sweeping at once share it instead of
 * repeating it (DESIGN.md §7: no job state in process memory).
 */
export function startBackgroundSweeps(): void {
  if (holder.__clinixaiSweeps) return;
  const sweep = () => {
    noteSweepRun('accounts-and-exports');
    eraseDueAccounts().catch((error: unknown) => {
      logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'account erasure sweep failed');
    });
    // Exports start at once in the instance that queued them; this picks up any left by a stopped instance.
    processExportJobs().catch((error: unknown) => {
      logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'data export sweep failed');
    });
  };
  sweep();
  holder.__clinixaiSweeps = setInterval(sweep, SWEEP_INTERVAL_MS);
  // Payment holds last 15 minutes, so they are swept every minute (a cheap indexed query when none are due).
  const holds = () => {
    noteSweepRun('payment-holds');
    expirePaymentHolds().catch((error: unknown) => {
      logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'payment hold sweep failed');
    });
  };
  holder.__clinixaiHoldSweeps ??= setInterval(holds, 60_000);
  holder.__clinixaiHoldSweeps.unref();
  // Never keeps a stopping process alive.
  holder.__clinixaiSweeps.unref();
  // Notices and reminders are due by the second: their own, shorter sweep.
  startNotificationSweeps();
}
