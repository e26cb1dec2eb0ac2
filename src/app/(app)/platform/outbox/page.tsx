import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { OutboxList } from '@/components/notifications/outbox-list';
import { requireRolePage } from '@/server/access/page-guards';
import { readOutbox } from '@/server/notifications/read-outbox';

export const metadata: Metadata = { title: 'Mail outbox' };

export default async function OutboxPage() {
  const principal = await requireRolePage('platform_admin', '/platform/outbox');
  const outbox = await readOutbox(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Mail outbox" description="Without an SMTP server (SMTP_URL), mail waits here. It never holds clinical content: only notices and sign-in links." />
      <OutboxList outbox={outbox} />
    </div>
  );
}
