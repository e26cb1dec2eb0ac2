import { env } from '@/config/env';
import { logger } from '@/server/platform/logger';
import { enqueueDueReminders } from './enqueue-due-reminders';
import { runNotificationWorker } from './run-notification-worker';

/** Every instance runs this often; the jobs live in the database, so the instances share the work. */
export const NOTIFICATION_SWEEP_MS = 15_000;

const holder = globalThis as typeof globalThis & { __clinixaiNotificationSweep?: { timer: NodeJS.Timeout; running: boolean; again: boolean } };

/**
 * Reminders due now are enqueued, then due jobs are delivered, unless delivery is paused in this instance
 * (CLINIXAI_NOTIFICATION_DELIVERY=paused): then jobs only queue up. One sweep at a time per process.
 */
async function sweep(): Promise<void> {
  const state = holder.__clinixaiNotificationSweep;
  if (!state) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await enqueueDueReminders();
      if (env().CLINIXAI_NOTIFICATION_DELIVERY === 'on') await runNotificationWorker();
    } while (state.again);
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'notification sweep failed');
  } finally {
    state.running = false;
  }
}

/** Started once per process by the platform's background sweeps; the timer never keeps a stopping process alive. */
export function startNotificationSweeps(): void {
  if (holder.__clinixaiNotificationSweep) return;
  if (env().CLINIXAI_NOTIFICATION_DELIVERY === 'paused') {
    logger().warn('notification delivery is paused in this instance (CLINIXAI_NOTIFICATION_DELIVERY=paused): jobs queue up undelivered');
  }
  const timer = setInterval(() => void sweep(), NOTIFICATION_SWEEP_MS);
  timer.unref();
  holder.__clinixaiNotificationSweep = { timer, running: false, again: false };
  void sweep();
}

/**
 * Something was just enqueued here: deliver it now rather than at the next tick. Does nothing where sweeps are
 * not running (tests, scripts); another instance's enqueue is picked up by this one's timer.
 */
export function deliverSoon(): void {
  if (!holder.__clinixaiNotificationSweep) return;
  setImmediate(() => void sweep());
}
