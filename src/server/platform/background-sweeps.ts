import { startNotificationSweeps } from '@/server/notifications/notification-sweep';
import { eraseDueAccounts } from '@/server/privacy/erase-due-accounts';
import { logger } from './logger';

/** How often due work is looked for. Erasure is due by the day, so a quarter of an hour is prompt enough. */
const SWEEP_INTERVAL_MS = 15 * 60_000;

const holder = globalThis as typeof globalThis & { __clinixaiSweeps?: NodeJS.Timeout };

/**
 * Periodic work of the platform, run in every app instance. The work itself lives in the database and
 * each unit is claimed with SKIP LOCKED, so several instances sweeping at once share it instead of
 * repeating it (DESIGN.md §7: no job state in process memory).
 */
export function startBackgroundSweeps(): void {
  if (holder.__clinixaiSweeps) return;
  const sweep = () => {
    eraseDueAccounts().catch((error: unknown) => {
      logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'account erasure sweep failed');
    });
  };
  sweep();
  holder.__clinixaiSweeps = setInterval(sweep, SWEEP_INTERVAL_MS);
  // Never keeps a stopping process alive.
  holder.__clinixaiSweeps.unref();
  // Notices and reminders are due by the second: their own, shorter sweep.
  startNotificationSweeps();
}
