import { exportQueue, notificationQueue } from './platform-overview.repo';
import type { QueueHealth } from './platform-overview.schemas';

const DAY_MS = 86_400_000;

/** Both job queues: what waits, what is overdue, what keeps failing (failures over the last 7 days). */
export async function readQueueHealth(now: Date): Promise<QueueHealth> {
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const [notifications, exports] = await Promise.all([notificationQueue(now, weekAgo), exportQueue(weekAgo)]);
  return {
    notifications: {
      ...notifications,
      oldestDueAt: notifications.oldestDueAt?.toISOString() ?? null,
      oldestDueMinutes: notifications.oldestDueAt ? Math.max(0, Math.floor((now.getTime() - notifications.oldestDueAt.getTime()) / 60_000)) : null,
    },
    exports: { ...exports, oldestQueuedAt: exports.oldestQueuedAt?.toISOString() ?? null },
  };
}
