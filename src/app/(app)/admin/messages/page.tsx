import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { MessageCenter } from '@/components/messaging/message-center';
import { requireRolePage } from '@/server/access/page-guards';
import { listMessageThreads } from '@/server/messaging/list-threads';
import { readThread } from '@/server/messaging/read-thread';

export const metadata: Metadata = { title: 'Messages' };

export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ thread?: string | string[] }> }) {
  const principal = await requireRolePage('clinic_admin', '/admin/messages');
  const { thread } = await searchParams;
  const threads = await listMessageThreads(principal, { status: 'open' });
  // A link from a notification opens its conversation; a stale or foreign id simply opens nothing.
  const detail = typeof thread === 'string' ? await readThread(principal, thread).catch(() => null) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Messages" description="The clinic’s shared inbox: conversations between patients and the care team. Assign one to yourself or a colleague, reply, and close it when done." />
      <MessageCenter side="staff" initialThreads={threads.items} initialDetail={detail} />
    </div>
  );
}
