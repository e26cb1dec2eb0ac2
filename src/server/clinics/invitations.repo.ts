import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import { staffInvitations } from '@/db/schema/invitations';
import type { Role } from '@/config/roles';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

const invitationColumns = {
  id: staffInvitations.id,
  clinicId: staffInvitations.clinicId,
  email: staffInvitations.email,
  role: staffInvitations.role,
  expiresAt: staffInvitations.expiresAt,
  acceptedAt: staffInvitations.acceptedAt,
  revokedAt: staffInvitations.revokedAt,
  createdAt: staffInvitations.createdAt,
};

export interface InvitationRow {
  id: string;
  clinicId: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/** Still usable: not accepted, not revoked, not expired. Every state change checks this in its WHERE. */
const usable = (now: Date) => and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now));

export async function clinicNameOf(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.name;
}

export async function isActiveMember(clinicId: string, email: string, role: Role): Promise<boolean> {
  const [row] = await (await db())
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.role, role),
        eq(memberships.status, 'active'),
        eq(sql`lower(${users.email})`, email.toLowerCase()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export interface NewInvitation {
  id: string;
  clinicId: string;
  email: string;
  role: Role;
  tokenHash: string;
  invitedByUserId: string;
  expiresAt: Date;
}

/** Stores an invitation and its audit event together. An earlier usable invitation for the same address and role is revoked: only the newest link works. */
export async function insertInvitation(invitation: NewInvitation, audit: AuditEventRow, now: Date): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx
      .update(staffInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(staffInvitations.clinicId, invitation.clinicId),
          eq(staffInvitations.email, invitation.email),
          eq(staffInvitations.role, invitation.role),
          usable(now),
        ),
      );
    await tx.insert(staffInvitations).values(invitation);
    await insertAuditEvent(audit, tx);
  });
}

/** The clinic's invitations, newest first. */
export async function listInvitations(clinicId: string, limit = 200): Promise<InvitationRow[]> {
  return (await db())
    .select(invitationColumns)
    .from(staffInvitations)
    .where(eq(staffInvitations.clinicId, clinicId))
    .orderBy(desc(staffInvitations.createdAt))
    .limit(limit);
}

/** Scoped by clinic: another clinic's invitation is simply not found. */
export async function findInvitationInClinic(clinicId: string, invitationId: string): Promise<InvitationRow | undefined> {
  const [row] = await (await db())
    .select(invitationColumns)
    .from(staffInvitations)
    .where(and(eq(staffInvitations.clinicId, clinicId), eq(staffInvitations.id, invitationId)))
    .limit(1);
  return row;
}

/** Revokes a usable invitation with its audit event; false when it was accepted, revoked or expired meanwhile. */
export async function revokeUsableInvitation(clinicId: string, invitationId: string, audit: AuditEventRow, now: Date): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(staffInvitations)
      .set({ revokedAt: now })
      .where(and(eq(staffInvitations.clinicId, clinicId), eq(staffInvitations.id, invitationId), usable(now)))
      .returning({ id: staffInvitations.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export async function findInvitationByTokenHash(tokenHash: string): Promise<(InvitationRow & { clinicName: string }) | undefined> {
  const [row] = await (await db())
    .select({ ...invitationColumns, clinicName: clinics.name })
    .from(staffInvitations)
    .innerJoin(clinics, eq(clinics.id, staffInvitations.clinicId))
    .where(eq(staffInvitations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** The staff of a clinic (clinicians and clinic admins, active or deactivated), with who they are. */
export async function listStaffMembers(clinicId: string, staffRoles: readonly Role[]) {
  return (await db())
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      status: memberships.status,
      since: memberships.createdAt,
      deactivatedAt: memberships.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.clinicId, clinicId), inArray(memberships.role, [...staffRoles])))
    .orderBy(users.name, memberships.role);
}
