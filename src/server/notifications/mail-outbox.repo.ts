import { desc } from 'drizzle-orm';
import { db } from '@/db/instance';
import { mailOutbox } from '@/db/schema/notifications';

export async function storeInOutbox(message: { to: string; subject: string; text: string }, sentAt: Date | null) {
  await (await db()).insert(mailOutbox).values({ toAddress: message.to, subject: message.subject, textBody: message.text, sentAt });
}

export async function latestOutboxMessages(limit = 50) {
  return (await db()).select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
