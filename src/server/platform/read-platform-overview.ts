import type { Principal } from '@/server/access/principal';
import { billingEnabled } from '@/server/billing/stripe-client';
import { requirePlatformAdmin } from './platform-access';
import { clinicCounts, latestAuditEvent, planMix, signupsPerDay, usersByRole } from './platform-overview.repo';
import type { PlatformOverview } from './platform-overview.schemas';
import { planCountsOf } from './plan-counts';
import { readQueueHealth } from './queue-health';

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The installation at a glance for the platform admin: aggregate queries only. Clinics have no suspended state
 * in this build (null, shown as such), and the audit chain is verified by `npm run audit:verify`, whose result is
 * not stored (null): the page shows the trail's length and newest event instead of a verification it did not run.
 */
export async function readPlatformOverview(principal: Principal, now = new Date()): Promise<PlatformOverview> {
  await requirePlatformAdmin(principal, 'platform.overview.read');
  // The last 30 UTC days, today included.
  const firstDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 29 * DAY_MS);
  const [clinics, users, signups, mix, queues, audit] = await Promise.all([
    clinicCounts(firstDay),
    usersByRole(),
    signupsPerDay(firstDay),
    planMix(),
    readQueueHealth(now),
    latestAuditEvent(),
  ]);
  const days = Array.from({ length: 30 }, (_, i) => isoDay(new Date(firstDay.getTime() + i * DAY_MS)));
  const perDay = days.map((day) => ({ day, count: signups.find((s) => s.day === day)?.count ?? 0 }));
  const billing = billingEnabled();
  return {
    clinics: { ...clinics, suspended: null },
    users: { total: users.total, byRole: users.roles.sort((a, b) => a.role.localeCompare(b.role)) },
    signups: { from: days[0]!, to: days[29]!, perDay, total: perDay.reduce((sum, d) => sum + d.count, 0) },
    plans: planCountsOf(mix, billing),
    billingEnabled: billing,
    queues,
    audit: { events: audit?.seq ?? 0, latestAt: audit?.at.toISOString() ?? null, verification: null },
  };
}
