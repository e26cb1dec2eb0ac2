import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { messageAttachments, messageReads, messageThreads, messages } from '@/db/schema/messaging';
import { patients } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export type ThreadRow = typeof messageThreads.$inferSelect;

/** The signed-in patient's own record at a clinic. */
export async function ownPatientId(clinicId: string, userId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ id: patients.id }).from(patients).where(and(eq(patients.clinicId, clinicId), eq(patients.userId, userId))).limit(1);
  return row?.id;
}

const threadColumns = {
  id: messageThreads.id,
  subject: messageThreads.subject,
  status: messageThreads.status,
  patientId: messageThreads.patientId,
  assignedUserId: messageThreads.assignedUserId,
  lastMessageAt: messageThreads.lastMessageAt,
  patientName: sql<string>`${patients.givenName} || ' ' || ${patients.familyName}`,
  assignedName: users.name,
  lastReadAt: messageReads.lastReadAt,
};

/** Threads of a clinic (or of one patient there) with the reader's own read state; newest activity first. */
export async function listThreads(clinicId: string, readerUserId: string, filter: { patientId?: string; status?: 'open' | 'closed' }, limit = 100) {
  const conditions = [eq(messageThreads.clinicId, clinicId)];
  if (filter.patientId) conditions.push(eq(messageThreads.patientId, filter.patientId));
  if (filter.status) conditions.push(eq(messageThreads.status, filter.status));
  return (await db())
    .select(threadColumns)
    .from(messageThreads)
    .innerJoin(patients, eq(patients.id, messageThreads.patientId))
    .leftJoin(users, eq(users.id, messageThreads.assignedUserId))
    .leftJoin(messageReads, and(eq(messageReads.threadId, messageThreads.id), eq(messageReads.userId, readerUserId)))
    .where(and(...conditions))
    .orderBy(desc(messageThreads.lastMessageAt))
    .limit(limit);
}

/** Scoped by clinic: another clinic's thread is not found. */
export async function findThread(clinicId: string, threadId: string): Promise<ThreadRow | undefined> {
  const [row] = await (await db()).select().from(messageThreads).where(and(eq(messageThreads.clinicId, clinicId), eq(messageThreads.id, threadId))).limit(1);
  return row;
}

export async function threadMessages(clinicId: string, threadId: string) {
  return (await db())
    .select({ id: messages.id, authorKind: messages.authorKind, authorName: users.name, body: messages.body, createdAt: messages.createdAt })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(and(eq(messages.clinicId, clinicId), eq(messages.threadId, threadId)))
    .orderBy(asc(messages.createdAt));
}

/** The care team that shares the clinic inbox: active clinicians and clinic admins. */
export async function careTeam(clinicId: string) {
  return (await db())
    .select({ userId: memberships.userId, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.status, 'active'), inArray(memberships.role, ['clinician', 'clinic_admin'])));
}

export async function clinicName(clinicId: string): Promise<string> {
  const [row] = await (await db()).select({ name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.name ?? 'your clinic';
}

export async function patientAccount(clinicId: string, patientId: string): Promise<string | null> {
  const [row] = await (await db()).select({ userId: patients.userId }).from(patients).where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId))).limit(1);
  return row?.userId ?? null;
}

/** A new thread with its first message, the author's read mark and the audit event: all or nothing. */
export async function insertThread(thread: { id: string; clinicId: string; patientId: string; subject: string; createdByUserId: string }, first: { authorKind: 'patient' | 'staff'; body: string }, now: Date, audit: AuditEventRow) {
  await (await db()).transaction(async (tx) => {
    await tx.insert(messageThreads).values({ ...thread, createdAt: now, lastMessageAt: now });
    await tx.insert(messages).values({ clinicId: thread.clinicId, threadId: thread.id, authorUserId: thread.createdByUserId, ...first, createdAt: now });
    await tx.insert(messageReads).values({ threadId: thread.id, userId: thread.createdByUserId, lastReadAt: now });
    await insertAuditEvent(audit, tx);
  });
}

export type NewAttachment = { fileName: string; contentType: string; sizeBytes: number; content: Buffer };

/** A message (and its file, if any), the thread's activity time, the author's read mark and the audit event together. */
export async function insertMessage(clinicId: string, threadId: string, authorUserId: string, authorKind: 'patient' | 'staff', body: string, now: Date, audit: AuditEventRow, attachment?: NewAttachment) {
  await (await db()).transaction(async (tx) => {
    const [message] = await tx.insert(messages).values({ clinicId, threadId, authorUserId, authorKind, body, createdAt: now }).returning({ id: messages.id });
    if (attachment && message) await tx.insert(messageAttachments).values({ clinicId, messageId: message.id, ...attachment, createdAt: now });
    await tx.update(messageThreads).set({ lastMessageAt: now, status: 'open' }).where(and(eq(messageThreads.clinicId, clinicId), eq(messageThreads.id, threadId)));
    await upsertRead(tx, threadId, authorUserId, now);
    await insertAuditEvent(audit, tx);
  });
}

export async function updateThread(clinicId: string, threadId: string, change: { status?: 'open' | 'closed'; assignedUserId?: string | null }, audit: AuditEventRow) {
  await (await db()).transaction(async (tx) => {
    await tx.update(messageThreads).set(change).where(and(eq(messageThreads.clinicId, clinicId), eq(messageThreads.id, threadId)));
    await insertAuditEvent(audit, tx);
  });
}

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof db>>['transaction']>[0]>[0];

async function upsertRead(tx: Tx, threadId: string, userId: string, now: Date) {
  await tx.insert(messageReads).values({ threadId, userId, lastReadAt: now }).onConflictDoUpdate({ target: [messageReads.threadId, messageReads.userId], set: { lastReadAt: now } });
}

/** Reading a thread: the read mark and the audit event of the access together. */
export async function markThreadRead(threadId: string, userId: string, now: Date, audit: AuditEventRow) {
  await (await db()).transaction(async (tx) => {
    await upsertRead(tx, threadId, userId, now);
    await insertAuditEvent(audit, tx);
  });
}

/** The files of a thread's messages (metadata only). */
export async function threadAttachments(clinicId: string, threadId: string) {
  return (await db())
    .select({ id: messageAttachments.id, messageId: messageAttachments.messageId, fileName: messageAttachments.fileName, contentType: messageAttachments.contentType, sizeBytes: messageAttachments.sizeBytes })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .where(and(eq(messageAttachments.clinicId, clinicId), eq(messages.threadId, threadId)));
}

/** One file of a thread, scoped by clinic and thread: another thread's file is not found. */
export async function findAttachment(clinicId: string, threadId: string, attachmentId: string) {
  const [row] = await (await db())
    .select({ fileName: messageAttachments.fileName, contentType: messageAttachments.contentType, content: messageAttachments.content })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .where(and(eq(messageAttachments.clinicId, clinicId), eq(messages.threadId, threadId), eq(messageAttachments.id, attachmentId)))
    .limit(1);
  return row;
}
