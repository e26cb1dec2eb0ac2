import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { accountDeletionRequests, retainedPatientRecords } from '@/db/schema/account-deletion';
import { users, verificationTokens } from '@/db/schema/auth';
import { staffInvitations } from '@/db/schema/invitations';
import { mailOutbox } from '@/db/schema/notifications';
import { patients } from '@/db/schema/patients';
import { insertAuditEvent } from '@/server/audit/audit.repo';

export interface PendingDeletion {
  id: string;
  requestedAt: Date;
  eraseAfter: Date;
}

const pending = and(isNull(accountDeletionRequests.cancelledAt), isNull(accountDeletionRequests.erasedAt));

export async function findPendingDeletion(userId: string): Promise<PendingDeletion | undefined> {
  const [row] = await (await db())
    .select({ id: accountDeletionRequests.id, requestedAt: accountDeletionRequests.requestedAt, eraseAfter: accountDeletionRequests.eraseAfter })
    .from(accountDeletionRequests)
    .where(and(eq(accountDeletionRequests.userId, userId), pending))
    .limit(1);
  return row;
}

export async function findAccountCredentials(userId: string) {
  const [row] = await (await db())
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Inserts the request; undefined when one is already pending (the partial unique index decides, not a race). */
export async function insertDeletionRequest(
  request: { userId: string; notifyEmail: string; requestedAt: Date; eraseAfter: Date },
): Promise<PendingDeletion | undefined> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .insert(accountDeletionRequests)
      .values(request)
      .onConflictDoNothing()
      .returning({ id: accountDeletionRequests.id, requestedAt: accountDeletionRequests.requestedAt, eraseAfter: accountDeletionRequests.eraseAfter });
    if (row) await insertAuditEvent({ clinicId: null, actorUserId: request.userId, actingRole: null, action: 'account.deletion.request', entityType: 'user', entityId: request.userId, outcome: 'allowed' }, tx);
    return row;
  });
}

export async function cancelPendingDeletion(userId: string, now: Date): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(accountDeletionRequests)
      .set({ cancelledAt: now, notifyEmail: null })
      .where(and(eq(accountDeletionRequests.userId, userId), pending))
      .returning({ id: accountDeletionRequests.id });
    if (rows.length > 0) await insertAuditEvent({ clinicId: null, actorUserId: userId, actingRole: null, action: 'account.deletion.cancel', entityType: 'user', entityId: userId, outcome: 'allowed' }, tx);
    return rows.length > 0;
  });
}

export interface ErasedAccount {
  requestId: string;
  notifyEmail: string | null;
  retainedRecords: number;
}

/**
 * Erases one due account in one transaction, taking the request row with SKIP LOCKED so two app instances
 * never erase the same account twice. The person's patient records stay with their clinics (unlinked by
 * the users foreign key, ON DELETE SET NULL) and are marked as retained; everything else that is theirs
 * goes: the user row and, through its cascades, sign-in accounts, memberships, sessions, API tokens; plus
 * mail, invitations and links addressed to them. The request row keeps the address only until the
 * confirmation is sent.
 */
export async function eraseNextDueAccount(now: Date): Promise<ErasedAccount | undefined> {
  return (await db()).transaction(async (tx) => {
    const [request] = await tx
      .select({ id: accountDeletionRequests.id, userId: accountDeletionRequests.userId, notifyEmail: accountDeletionRequests.notifyEmail })
      .from(accountDeletionRequests)
      .where(and(pending, lte(accountDeletionRequests.eraseAfter, now)))
      .orderBy(accountDeletionRequests.eraseAfter)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!request) return undefined;
    const retainedRecords = await retainPatientRecords(tx, request.userId);
    const [user] = await tx.delete(users).where(eq(users.id, request.userId)).returning({ email: users.email });
    if (user) await deleteAddressedTo(tx, user.email);
    await tx.update(accountDeletionRequests).set({ erasedAt: now }).where(eq(accountDeletionRequests.id, request.id));
    await insertAuditEvent({ clinicId: null, actorUserId: null, actingRole: null, action: 'account.erase', entityType: 'user', entityId: request.userId, outcome: 'allowed' }, tx);
    return { requestId: request.id, notifyEmail: request.notifyEmail, retainedRecords };
  });
}

async function retainPatientRecords(tx: Db, userId: string): Promise<number> {
  const linked = await tx.select({ patientId: patients.id, clinicId: patients.clinicId }).from(patients).where(eq(patients.userId, userId));
  if (linked.length === 0) return 0;
  await tx.insert(retainedPatientRecords).values(linked.map((row) => ({ ...row, reason: 'account_erased' }))).onConflictDoNothing();
  return linked.length;
}

async function deleteAddressedTo(tx: Db, email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await tx.delete(mailOutbox).where(eq(sql`lower(${mailOutbox.toAddress})`, address));
  await tx.delete(staffInvitations).where(eq(sql`lower(${staffInvitations.email})`, address));
  // Verification and reset links are keyed by "<purpose>:<address>"; compared exactly, never with LIKE
  // (an address may hold % or _).
  await tx.delete(verificationTokens).where(sql`lower(substr(${verificationTokens.identifier}, strpos(${verificationTokens.identifier}, ':') + 1)) = ${address}`);
}

/**
 * Claims the confirmation of one erased account whose notice has not gone yet (a crash or a mail outage
 * after the erasure): the address is taken off the row in the same statement, so two sweeps never send the
 * same notice twice. A failed send puts it back with restoreNotifyEmail.
 */
export async function claimErasureNotice(): Promise<{ requestId: string; notifyEmail: string } | undefined> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select({ requestId: accountDeletionRequests.id, notifyEmail: accountDeletionRequests.notifyEmail })
      .from(accountDeletionRequests)
      .where(and(isNotNull(accountDeletionRequests.erasedAt), isNotNull(accountDeletionRequests.notifyEmail)))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row?.notifyEmail) return undefined;
    await tx.update(accountDeletionRequests).set({ notifyEmail: null }).where(eq(accountDeletionRequests.id, row.requestId));
    return { requestId: row.requestId, notifyEmail: row.notifyEmail };
  });
}

export async function restoreNotifyEmail(requestId: string, notifyEmail: string): Promise<void> {
  await (await db()).update(accountDeletionRequests).set({ notifyEmail }).where(eq(accountDeletionRequests.id, requestId));
}
