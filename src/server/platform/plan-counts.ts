import type { PlanCount } from './platform-overview.schemas';

const paying = new Set(['active', 'trialing']);
const overdue = new Set(['past_due', 'unpaid']);

/**
 * Clinics per plan they are on now, from the stored plan and subscription status (the grace period is not
 * applied: a past-due Pro clinic is counted on Pro and as past due). Without Stripe, every clinic is on "local".
 */
export function planCountsOf(rows: { plan: string; status: string | null; pastDue: boolean; count: number }[], billingEnabled: boolean): PlanCount[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (!billingEnabled) return [{ plan: 'local', clinics: total, pastDue: 0 }];
  const counts = { starter: { clinics: 0, pastDue: 0 }, pro: { clinics: 0, pastDue: 0 } };
  for (const row of rows) {
    const late = row.status !== null && overdue.has(row.status);
    const plan = row.plan === 'pro' && row.status !== null && (paying.has(row.status) || late) ? 'pro' : 'starter';
    counts[plan].clinics += row.count;
    if (late) counts[plan].pastDue += row.count;
  }
  return (['starter', 'pro'] as const).map((plan) => ({ plan, ...counts[plan] }));
}
