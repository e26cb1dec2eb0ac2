import { z } from 'zod';

const body = z.string({ error: 'must be text' }).trim().min(1, 'write a message').max(5000, 'at most 5,000 characters');

export const startThreadSchema = z
  .object({
    subject: z.string({ error: 'must be text' }).trim().min(1, 'give the conversation a subject').max(120, 'at most 120 characters'),
    body,
  })
  .strict();

export const replySchema = z.object({ body }).strict();

export const updateThreadSchema = z.union(
  [
    z.object({ status: z.enum(['open', 'closed'], { error: 'must be open or closed' }) }).strict(),
    z.object({ assignedUserId: z.uuid({ error: 'must be a colleague id' }).nullable() }).strict(),
  ],
  { error: 'send { status } or { assignedUserId }' },
);

export const listThreadsQuery = z.object({ status: z.enum(['open', 'closed'], { error: 'must be open or closed' }).optional() });

export interface ThreadSummary {
  id: string;
  subject: string;
  status: 'open' | 'closed';
  patientName: string | null;
  assignedName: string | null;
  assignedUserId: string | null;
  lastMessageAt: string;
  unread: boolean;
}

export interface ThreadDetail extends ThreadSummary {
  messages: { id: string; authorKind: 'patient' | 'staff'; authorName: string | null; body: string; createdAt: string; attachments: { id: string; fileName: string; contentType: string; sizeBytes: number }[] }[];
  /** Staff only: colleagues a thread can be assigned to. */
  team: { userId: string; name: string | null }[];
}
