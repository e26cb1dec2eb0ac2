import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { accounts, revokedSessions, users } from '@/db/schema/auth';
import { clinics, memberships } from '@/db/schema/clinics';
import type { Role } from '@/config/roles';

export interface MembershipRow {
  clinicId: string | null;
  clinicName: string | null;
  role: Role;
}

export async function findUserByEmail(email: string) {
  const [row] = await (await db())
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row;
}

export async function findUserById(userId: string) {
  const [row] = await (await db())
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Active memberships, most recent first (the default active role is the first). */
export async function activeMemberships(userId: string): Promise<MembershipRow[]> {
  return (await db())
    .select({ clinicId: memberships.clinicId, clinicName: clinics.name, role: memberships.role })
    .from(memberships)
    .leftJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .orderBy(desc(memberships.createdAt), memberships.role);
}

/**
 * True when the session was revoked on its own or by "sign out everywhere" / a password change.
 * One query: it runs on every session read.
 */
export async function isSessionRevoked(userId: string, sessionId: string, signedInAtMs: number): Promise<boolean> {
  const [user] = await (await db())
    .select({
      validAfter: users.sessionsValidAfter,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sessionId} and ${revokedSessions.expiresAt} > now())`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return true;
  if (user.validAfter && user.validAfter.getTime() > signedInAtMs) return true;
  return user.revoked === true;
}

export async function revokeSession(userId: string, sessionId: string, expiresAt: Date): Promise<void> {
  await (await db()).insert(revokedSessions).values({ sessionId, userId, expiresAt }).onConflictDoNothing();
}

export async function revokeAllSessions(userId: string, at: Date): Promise<void> {
  await (await db()).update(users).set({ sessionsValidAfter: at }).where(eq(users.id, userId));
}


/** Creates a user with a password; false when the email is already taken (checked by the unique index). */
export async function insertPasswordUser(input: { name: string; email: string; passwordHash: string }): Promise<boolean> {
  const rows = await (await db())
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function markEmailVerified(email: string, at: Date): Promise<boolean> {
  const rows = await (await db())
    .update(users)
    .set({ emailVerified: at })
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** New password and "every other session ends now", in one statement. */
export async function setPasswordAndRevokeSessions(email: string, passwordHash: string, at: Date): Promise<string | undefined> {
  const [row] = await (await db())
    .update(users)
    .set({ passwordHash, sessionsValidAfter: at, emailVerified: sql`coalesce(${users.emailVerified}, ${at})` })
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .returning({ id: users.id });
  return row?.id;
}

/** Whether this external identity is already linked to an account (linking was deliberate then). */
export async function isAccountLinked(provider: string, providerAccountId: string): Promise<boolean> {
  const rows = await (await db())
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  return rows.length === 1;
}

export async function linkedProviders(userId: string): Promise<string[]> {
  const rows = await (await db()).select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId));
  return rows.map((r) => r.provider);
}
