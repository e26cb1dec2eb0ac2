import { randomUUID } from 'node:crypto';
import type { JWT } from 'next-auth/jwt';
import type { Role } from '@/config/roles';
import { absoluteExpiry, isPastAbsoluteExpiry } from './session-policy';
import { activeMemberships, isSessionRevoked, type MembershipRow } from './users.repo';

export type ActiveRole = { clinicId: string | null; role: Role };

const holds = (memberships: MembershipRow[], wanted: ActiveRole) =>
  memberships.some((m) => m.clinicId === wanted.clinicId && m.role === wanted.role);

/**
 * Staff sessions end after a period without activity (the browser pings /api/auth/session
 * while the person works); patients are not timed out. 0 turns the timeout off.
 */
function isIdleTooLong(token: JWT, now: number, idleTimeoutMs: number): boolean {
  if (idleTimeoutMs <= 0 || !token.active || token.active.role === 'patient') return false;
  return typeof token.lastActivity === 'number' && now - token.lastActivity > idleTimeoutMs;
}

/** The default active role: the most recent membership. */
export function defaultActive(memberships: MembershipRow[]): ActiveRole | null {
  const first = memberships[0];
  return first ? { clinicId: first.clinicId, role: first.role } : null;
}

/**
 * Auth.js jwt callback. Returns null to end the session: past 8 h from sign-in, revoked by
 * sign-out / "sign out everywhere" / a password change, or the user no longer exists.
 * Memberships are re-read on every session read so a deactivated role stops working at once.
 */
export async function refreshSessionToken(
  token: JWT,
  signedInUserId: string | undefined,
  requestedActive: ActiveRole | undefined,
  now = Date.now(),
  idleTimeoutMs = 0,
): Promise<JWT | null> {
  if (signedInUserId) {
    token.uid = signedInUserId;
    token.sid = randomUUID();
    token.signedInAt = now;
  }
  const { uid, sid, signedInAt } = token;
  if (!uid || !sid || typeof signedInAt !== 'number') return null;
  if (isPastAbsoluteExpiry(signedInAt, now)) return null;
  if (await isSessionRevoked(uid, sid, signedInAt)) return null;
  if (isIdleTooLong(token, now, idleTimeoutMs)) return null;
  token.lastActivity = now;

  const memberships = await activeMemberships(uid);
  if (requestedActive && holds(memberships, requestedActive)) token.active = requestedActive;
  if (!token.active || !holds(memberships, token.active)) token.active = defaultActive(memberships);
  // Auth.js writes exp from its own maxAge; the absolute cap wins.
  token.exp = Math.min(token.exp ?? Number.MAX_SAFE_INTEGER, Math.floor(absoluteExpiry(signedInAt).getTime() / 1000));
  return token;
}
