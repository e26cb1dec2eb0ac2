import { forbidden, validationFailed } from '@/lib/errors';
import { addDays, localDateOf, parseIsoDate, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { resolveRange } from '@/server/scheduling/scheduling-range';
import { clinicSettingsOf } from './clinic-time-zone.repo';
import { canManageBilling } from '@/server/billing/billing.policy';
import { getBillingOverview } from '@/server/billing/get-billing-summary';
import { billingEnabled } from '@/server/billing/stripe-client';
import { appointmentsPerDay, bookedMinutesByClinician, newPatientsPerDay, refundsInRange, revenuePerDay, staffByRole, weeklyWorkingMinutes } from './clinic-stats.repo';
import { statsRangeSchema, type ClinicStats, type ClinicSubscription } from './clinic-stats.schemas';
import { revenueOf } from './revenue';
import { utilisationOf, weekdayCounts } from './utilisation';

const MAX_DAYS = 366;
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * The clinic admin's key figures over a range of clinic-local days (default: the last 30 days): aggregate queries
 * only, so nothing here names a patient and nothing needs a per-patient audit event.
 */
export async function readClinicStats(principal: Principal, query: Record<string, string | undefined> = {}, now = new Date()): Promise<ClinicStats> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !principal.permissions.has('clinic-stats:read')) {
    await recordDenial(principal, { action: 'clinic.stats.read', entityType: 'clinic', entityId: clinicId ?? null });
    throw forbidden();
  }
  const parsed = statsRangeSchema.safeParse(query);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { timeZone } = await clinicSettingsOf(clinicId);
  const today = localDateOf(now, timeZone);
  const to = parsed.data.to ?? toIsoDate(today);
  const from = parsed.data.from ?? toIsoDate(addDays(parseIsoDate(to) ?? today, -29));
  const range = resolveRange(from, to, timeZone, MAX_DAYS);
  const billing = billingEnabled();
  const [days, booked, weekly, fresh, staff, revenue, refunds, subscription] = await Promise.all([
    appointmentsPerDay(clinicId, timeZone, range.from, range.to),
    bookedMinutesByClinician(clinicId, range.from, range.to),
    weeklyWorkingMinutes(clinicId),
    newPatientsPerDay(clinicId, timeZone, range.from, range.to),
    staffByRole(clinicId),
    billing ? revenuePerDay(clinicId, timeZone, range.from, range.to) : null,
    billing ? refundsInRange(clinicId, range.from, range.to) : null,
    subscriptionOf(principal, clinicId, now),
  ]);
  const perDay = allDays(from, to).map((day) => {
    const row = days.find((d) => d.day === day);
    return { day, total: row?.total ?? 0, cancelled: row?.cancelled ?? 0, noShow: row?.noShow ?? 0, attended: row?.attended ?? 0, newPatients: fresh.find((f) => f.day === day)?.count ?? 0 };
  });
  const sum = (key: 'total' | 'cancelled' | 'noShow' | 'attended' | 'newPatients') => perDay.reduce((total, row) => total + row[key], 0);
  const [total, cancelled, noShows, attended] = [sum('total'), sum('cancelled'), sum('noShow'), sum('attended')];
  return {
    range: { from, to, timeZone },
    totals: { appointments: total, cancelled, noShows, attended, newPatients: sum('newPatients'), cancellationRate: rate(cancelled, total), noShowRate: rate(noShows, noShows + attended) },
    perDay,
    utilisation: utilisationOf(booked, weekly, weekdayCounts(from, to)),
    staff: [...new Set(staff.map((s) => s.role))].map((role) => ({
      role,
      active: staff.find((s) => s.role === role && s.status === 'active')?.count ?? 0,
      deactivated: staff.find((s) => s.role === role && s.status !== 'active')?.count ?? 0,
    })),
    revenue: revenue && refunds ? revenueOf(allDays(from, to), revenue, refunds) : null,
    subscription,
  };
}

/** The plan and its state, for whoever may manage billing (a clinic admin in this clinic); nobody else sees it. */
async function subscriptionOf(principal: Principal, clinicId: string, now: Date): Promise<ClinicSubscription | null> {
  if (!canManageBilling(principal, clinicId)) return null;
  const { summary, effective } = await getBillingOverview(principal, clinicId, now);
  return {
    billingEnabled: summary.enabled,
    plan: summary.plan,
    status: summary.status,
    pastDue: effective.pastDue,
    graceEndsAt: effective.graceEndsAt?.toISOString() ?? null,
    seats: summary.seats,
    seatsUsed: summary.seatsUsed,
    currentPeriodEnd: summary.currentPeriodEnd,
    cancelAtPeriodEnd: summary.cancelAtPeriodEnd,
  };
}

function allDays(from: string, to: string): string[] {
  const out: string[] = [];
  const end = parseIsoDate(to);
  for (let day = parseIsoDate(from); day && end && toIsoDate(day) <= toIsoDate(end) && out.length <= MAX_DAYS; day = addDays(day, 1)) out.push(toIsoDate(day));
  return out;
}
