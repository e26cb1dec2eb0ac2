import type { Metadata } from 'next';
import { LocalTime } from '@/components/auth/local-time';
import { PlatformHealthSections } from '@/components/dashboard/platform-health';
import { PageHeader } from '@/components/layout/page-header';
import { requireRolePage } from '@/server/access/page-guards';
import { readPlatformHealth } from '@/server/platform/read-platform-health';

export const metadata: Metadata = { title: 'System health' };

export default async function PlatformHealthPage() {
  const principal = await requireRolePage('platform_admin', '/platform/health');
  const health = await readPlatformHealth(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="System health" description={<>Database, migrations, job queues and background work, checked <LocalTime iso={health.checkedAt} />. Reload the page to check again.</>} />
      <PlatformHealthSections data={health} />
    </div>
  );
}
