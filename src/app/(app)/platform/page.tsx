import type { Metadata } from 'next';
import { PlatformOverviewSections } from '@/components/dashboard/platform-overview';
import { PageHeader } from '@/components/layout/page-header';
import { requireRolePage } from '@/server/access/page-guards';
import { readPlatformOverview } from '@/server/platform/read-platform-overview';

export const metadata: Metadata = { title: 'Platform overview' };

export default async function PlatformAdminDashboardPage() {
  const principal = await requireRolePage('platform_admin', '/platform');
  const overview = await readPlatformOverview(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Platform overview" description="This installation at a glance: clinics, people, plans and background work. Counts only; platform administration never shows patient records." />
      <PlatformOverviewSections data={overview} />
    </div>
  );
}
