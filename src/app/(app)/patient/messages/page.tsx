import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { MessageCenter } from '@/components/messaging/message-center';
import { requireRolePage } from '@/server/access/page-guards';
import { listMessageThreads } from '@/server/messaging/list-threads';
import { readThread } from '@/server/messaging/read-thread';

export const metadata: Metadata = { title: 'Messages' };

export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ thread?: string | string[] }> }) {
  const principal = await requireRolePage('patient', '/patient/messages');
  const { thread } = await searchParams;
  const threads = await listMessageThreads(principal);
  // A link from a notification opens its conversation; a stale or foreign id simply opens nothing.
  const detail = typeof thread === 'string' ? await readThread(principal, thread).catch(() => null) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Messages" description="Write to your clinic's care team and read their replies. Urgent matters need a phone call." />
      <MessageCenter side="patient" initialThreads={threads.items} initialDetail={detail} />
    </div>
  );
}
