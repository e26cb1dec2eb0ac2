import { tokenStatus } from './api-token.policy';
import { apiTokenViewSchema, type ApiTokenView } from './api-token.schemas';
import { findApiTokensOfUser } from './api-tokens.repo';
import type { Principal } from './principal';

/** The person's own tokens, newest first (never the token itself: it was shown once). */
export async function listApiTokens(principal: Principal, now = new Date()): Promise<ApiTokenView[]> {
  const rows = await findApiTokensOfUser(principal.userId);
  return rows.map((r) =>
    apiTokenViewSchema.parse({
      id: r.id,
      name: r.name,
      clinicId: r.clinicId,
      clinicName: r.clinicName,
      role: r.role,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      status: tokenStatus(r, now),
    }),
  );
}
