import type { Metadata } from 'next';
import { adminWidgets } from '@/components/dashboard/admin-widgets';
import { DashboardGrid } from '@/components/dashboard/dashboard-grid';
import { StatsRangeForm } from '@/components/dashboard/stats-range-form';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { AppError } from '@/lib/errors';
import { requireRolePage } from '@/server/access/page-guards';
import type { Principal } from '@/server/access/principal';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { getDashboardLayout } from '@/server/dashboards/dashboard-settings';
import { readClinicStats } from '@/server/dashboards/read-clinic-stats';

export const metadata: Metadata = { title: 'Clinic admin dashboard' };

type Search = Promise<{ from?: string | string[]; to?: string | string[] }>;

/** A range that cannot be shown (bad dates, too long) falls back to the last 30 days, with the reason. */
async function statsFor(principal: Principal, range: { from?: string; to?: string }) {
  try {
    return { stats: await readClinicStats(principal, range), problem: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { stats: await readClinicStats(principal), problem: Object.values(error.fieldErrors ?? {}).flat().join(' ') || error.message };
  }
}

export default async function ClinicAdminDashboardPage({ searchParams }: { searchParams: Search }) {
  const principal = await requireRolePage('clinic_admin', '/admin');
  const query = await searchParams;
  const range = { from: typeof query.from === 'string' ? query.from : undefined, to: typeof query.to === 'string' ? query.to : undefined };
  const { stats, problem } = await statsFor(principal, range);
  const layout = await getDashboardLayout(principal);
  const account = accountSummaryOf(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader eyebrow={account.active?.clinicName ?? undefined} title="Clinic overview" description={`Figures from ${stats.range.from} to ${stats.range.to}, from aggregate counts only.`} />
      <StatsRangeForm from={stats.range.from} to={stats.range.to} timeZone={stats.range.timeZone} />
      {problem && (
        <Alert variant="destructive">
          <AlertDescription>That range could not be shown ({problem}); these are the last 30 days.</AlertDescription>
        </Alert>
      )}
      <DashboardGrid role="clinic_admin" widgets={adminWidgets(stats)} accountLayout={layout} />
    </div>
  );
}
