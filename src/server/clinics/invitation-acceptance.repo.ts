import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { memberships } from '@/db/schema/clinics';
import { staffInvitations } from '@/db/schema/invitations';
import type { Role } from '@/config/roles';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export interface Claimed {
  invitationId: string;
  clinicId: string;
  role: Role;
  userId: string;
}

/** Thrown inside the transaction to roll it back when the address got an account meanwhile. */
class EmailTaken extends Error {}
/** Thrown to roll back the new account when the invitation is no longer usable. */
class NoInvitation extends Error {}

/**
 * Marks the invitation used, in the same statement that checks it is still usable and for this
 * address, so two tabs (or two people) pressing at once cannot both join with one link.
 */
async function claim(tx: Db, tokenHash: string, email: string, userId: string, now: Date) {
  const [row] = await tx
    .update(staffInvitations)
    .set({ acceptedAt: now, acceptedByUserId: userId })
    .where(
      and(
        eq(staffInvitations.tokenHash, tokenHash),
        eq(staffInvitations.email, email.toLowerCase()),
        isNull(staffInvitations.acceptedAt),
        isNull(staffInvitations.revokedAt),
        gt(staffInvitations.expiresAt, now),
      ),
    )
    .returning({ invitationId: staffInvitations.id, clinicId: staffInvitations.clinicId, role: staffInvitations.role });
  return row;
}

/** A deactivated membership in the same role comes back to life: re-inviting someone is how an admin restores them. */
async function grantMembership(tx: Db, claimed: Claimed): Promise<void> {
  await tx
    .insert(memberships)
    .values({ userId: claimed.userId, clinicId: claimed.clinicId, role: claimed.role })
    .onConflictDoUpdate({ target: [memberships.userId, memberships.clinicId, memberships.role], set: { status: 'active', deactivatedAt: null } });
}

/** An existing account accepts: invitation used, membership granted, event recorded, in one transaction. */
export async function claimForExistingUser(
  tokenHash: string,
  user: { id: string; email: string },
  now: Date,
  audit: (claimed: Claimed) => AuditEventRow,
): Promise<Claimed | undefined> {
  return (await db()).transaction(async (tx) => {
    const row = await claim(tx, tokenHash, user.email, user.id, now);
    if (!row) return undefined;
    const claimed = { ...row, userId: user.id };
    await grantMembership(tx, claimed);
    await insertAuditEvent(audit(claimed), tx);
    return claimed;
  });
}

/**
 * A new person joins: the account (email verified, since the invitation link reached that inbox),
 * the membership, the used invitation and the audit event commit together or not at all.
 */
export async function claimWithNewUser(
  tokenHash: string,
  user: { name: string; email: string; passwordHash: string },
  now: Date,
  audit: (claimed: Claimed) => AuditEventRow,
): Promise<Claimed | 'email_taken' | undefined> {
  try {
    return await (await db()).transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ name: user.name, email: user.email, passwordHash: user.passwordHash, emailVerified: now })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!created) throw new EmailTaken();
      const row = await claim(tx, tokenHash, user.email, created.id, now);
      if (!row) throw new NoInvitation();
      const claimed = { ...row, userId: created.id };
      await grantMembership(tx, claimed);
      await insertAuditEvent(audit(claimed), tx);
      return claimed;
    });
  } catch (error) {
    if (error instanceof EmailTaken) return 'email_taken';
    if (error instanceof NoInvitation) return undefined;
    throw error;
  }
}
