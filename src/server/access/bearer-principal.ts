import { AppError } from '@/lib/errors';
import { roles, type Role } from '@/config/roles';
import { activeMemberships } from '@/server/auth/users.repo';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { findApiTokenByHash, touchApiToken } from './api-tokens.repo';
import { rolePermissions } from './permissions';
import type { Principal } from './principal';

const LAST_USED_RESOLUTION_MS = 5 * 60_000;

/** Every refusal says what is wrong with the token itself; nothing about other accounts. */
const invalidToken = (why: string) => new AppError('unauthenticated', `The API token is not valid: ${why}`);

/**
 * The principal of an `Authorization: Bearer` request: the token's owner, acting in the clinic and role
 * the token was created for, with the same permissions the screens give that role. Refused (401) when the
 * token is unknown, revoked, expired, or its membership is no longer active (a deactivated member's tokens
 * stop working with the membership).
 */
export async function principalFromBearer(token: string, now = new Date()): Promise<Principal> {
  if (!looksLikeApiToken(token)) throw invalidToken('send "Authorization: Bearer <token>" with a token from Settings → API tokens.');
  const row = await findApiTokenByHash(hashApiToken(token));
  if (!row) throw invalidToken('it is unknown.');
  if (row.revokedAt) throw invalidToken('it was revoked.');
  if (row.expiresAt.getTime() <= now.getTime()) throw invalidToken('it has expired.');
  const role = (roles as readonly string[]).includes(row.role) ? (row.role as Role) : null;
  const memberships = await activeMemberships(row.userId);
  if (!role || !memberships.some((m) => m.clinicId === row.clinicId && m.role === role)) {
    throw invalidToken('the role it acts in is no longer active.');
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await touchApiToken(row.id, now, new Date(now.getTime() - LAST_USED_RESOLUTION_MS));
  }
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    sessionId: `api-token:${row.id}`,
    active: { clinicId: row.clinicId, role },
    memberships,
    permissions: new Set(rolePermissions[role]),
    via: 'bearer',
  };
}
