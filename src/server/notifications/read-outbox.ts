import { forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { latestOutboxMessages } from './mail-outbox.repo';
import { jobCountsByStatus } from './notification-jobs.repo';

export interface OutboxView {
  messages: { id: string; to: string; subject: string; text: string; createdAt: string }[];
  jobs: { status: string; count: number }[];
}

/**
 * The platform admin reads mail that had no SMTP server to go to, and sees delivery jobs by status. Mail never
 * holds clinical content (links and notices only), which is why an operator may read it.
 */
export async function readOutbox(principal: Principal): Promise<OutboxView> {
  if (!principal.permissions.has('platform:operate')) throw forbidden();
  const [messages, jobs] = await Promise.all([latestOutboxMessages(50), jobCountsByStatus()]);
  return {
    messages: messages.map((m) => ({ id: m.id, to: m.toAddress, subject: m.subject, text: m.textBody, createdAt: m.createdAt.toISOString() })),
    jobs,
  };
}
