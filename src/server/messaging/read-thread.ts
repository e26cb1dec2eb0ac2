import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { requireVisibleThread } from './messaging-access';
import { careTeam, listThreads, markThreadRead, threadAttachments, threadMessages } from './messaging.repo';
import type { ThreadDetail } from './messaging.schemas';
import { threadSummary } from './thread-views';

/** Opens a conversation: its messages, and the reader's read mark moves to now (audited as access to the patient). */
export async function readThread(principal: Principal, threadId: string, now = new Date()): Promise<ThreadDetail> {
  const { actor, thread } = await requireVisibleThread(principal, threadId, 'message.read');
  const [list, rows, files, team] = await Promise.all([
    listThreads(actor.clinicId, principal.userId, { patientId: thread.patientId }),
    threadMessages(actor.clinicId, thread.id),
    threadAttachments(actor.clinicId, thread.id),
    actor.kind === 'staff' ? careTeam(actor.clinicId) : Promise.resolve([]),
  ]);
  await markThreadRead(thread.id, principal.userId, now, auditEventOf(principal, { action: 'message.read', entityType: 'patient', entityId: thread.patientId }, 'allowed'));
  const summary = list.find((row) => row.id === thread.id);
  if (!summary) throw new Error('thread vanished');
  return {
    ...threadSummary({ ...summary, lastReadAt: now }, actor.kind === 'staff'),
    messages: rows.map((row) => ({ id: row.id, authorKind: row.authorKind, authorName: row.authorKind === 'staff' ? row.authorName : actor.kind === 'staff' ? row.authorName : 'You', body: row.body, createdAt: row.createdAt.toISOString(), attachments: files.filter((f) => f.messageId === row.id).map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, sizeBytes: f.sizeBytes })) })),
    team: [...new Map(team.map((member) => [member.userId, { userId: member.userId, name: member.name }])).values()],
  };
}
