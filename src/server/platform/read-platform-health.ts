import packageJson from '../../../package.json';
import type { Principal } from '@/server/access/principal';
import { pingDatabase } from './health.repo';
import { requirePlatformAdmin } from './platform-access';
import { appliedMigrations, shippedMigrations } from './platform-health.repo';
import { outboxSize } from './platform-overview.repo';
import type { PlatformHealth } from './platform-overview.schemas';
import { readQueueHealth } from './queue-health';
import { sweepRuns } from './sweep-runs';

const sweepInfo = {
  'accounts-and-exports': { label: 'Account erasure and data exports', every: 'every 15 minutes' },
  'payment-holds': { label: 'Expired payment holds', every: 'every minute' },
} as const;

/**
 * The installation's health for the platform admin: engine, migration level against the migrations this build
 * ships, job queues, the mail outbox, and when this instance last ran its sweeps (kept in memory per instance).
 */
export async function readPlatformHealth(principal: Principal, now = new Date()): Promise<PlatformHealth> {
  await requirePlatformAdmin(principal, 'platform.health.read');
  const engine = await pingDatabase().catch(() => null);
  const [applied, shipped, queues, outbox] = await Promise.all([appliedMigrations(), shippedMigrations(), readQueueHealth(now), outboxSize(new Date(now.getTime() - 86_400_000))]);
  const latestApplied = applied.latestCreatedAt === null ? null : (shipped.find((m) => m.when === applied.latestCreatedAt)?.tag ?? 'unknown (newer than this build)');
  return {
    version: packageJson.version,
    database: { engine, reachable: engine !== null },
    migrations: { applied: applied.count, shipped: shipped.length, latestApplied, latestShipped: shipped.at(-1)?.tag ?? null, upToDate: applied.count === shipped.length && latestApplied === (shipped.at(-1)?.tag ?? null) },
    queues,
    outbox: { total: outbox.total, lastDay: outbox.recent },
    sweeps: [
      ...sweepRuns().map((run) => ({ name: run.name, ...sweepInfo[run.name], lastRunAt: run.lastRunAt?.toISOString() ?? null })),
    ],
    checkedAt: now.toISOString(),
  };
}
