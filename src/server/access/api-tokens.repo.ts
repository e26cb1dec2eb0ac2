import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { db } from '@/db/instance';
import { apiTokens, users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export interface NewApiToken {
  userId: string;
  name: string;
  tokenHash: string;
  clinicId: string | null;
  role: string;
  expiresAt: Date;
}

export async function insertApiToken(token: NewApiToken, audit: (id: string) => AuditEventRow): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx.insert(apiTokens).values(token).returning({ id: apiTokens.id });
    await insertAuditEvent(audit(row!.id), tx);
    return row!.id;
  });
}

export async function findApiTokensOfUser(userId: string) {
  return (await db())
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      clinicId: apiTokens.clinicId,
      clinicName: clinics.name,
      role: apiTokens.role,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(clinics, eq(clinics.id, apiTokens.clinicId))
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(100);
}

/** Revokes one of the user's own tokens; undefined when it is not theirs or already revoked. */
export async function revokeApiTokenOfUser(userId: string, id: string, now: Date, audit: (clinicId: string | null) => AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ clinicId: apiTokens.clinicId });
    if (!row) return false;
    await insertAuditEvent(audit(row.clinicId), tx);
    return true;
  });
}

/** The token and its owner, by hash: one indexed lookup per bearer request. */
export async function findApiTokenByHash(tokenHash: string) {
  const [row] = await (await db())
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      clinicId: apiTokens.clinicId,
      role: apiTokens.role,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      name: users.name,
      email: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Records use at most once per interval, so a busy token costs one write every few minutes, not one per call. */
export async function touchApiToken(id: string, now: Date, staleBefore: Date): Promise<void> {
  await (await db())
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
}
