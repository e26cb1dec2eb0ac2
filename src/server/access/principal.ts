import { cache } from 'react';
import { auth } from '@/server/auth/auth';
import { activeMemberships, findUserById, type MembershipRow } from '@/server/auth/users.repo';
import { forbidden, unauthenticated } from '@/lib/errors';
import { rolePermissions, type Permission } from './permissions';
import type { Role } from '@/config/roles';

/** Who is acting, in which clinic and role. Built from the session on every request. */
export interface Principal {
  userId: string;
  name: string | null;
  email: string;
  sessionId: string;
  active: { clinicId: string | null; role: Role } | null;
  memberships: MembershipRow[];
  permissions: ReadonlySet<Permission>;
  /** How the request proved who it is: a session cookie (default) or an API token (Authorization: Bearer). */
  via?: 'session' | 'bearer';
}

/**
 * The signed-in principal, or null for an anonymous request or an ended session. Cached per
 * request: a layout and its page both ask, and each read runs the session checks.
 */
export const currentPrincipal = cache(loadPrincipal);

async function loadPrincipal(): Promise<Principal | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!session || !userId) return null;
  const [user, memberships] = await Promise.all([findUserById(userId), activeMemberships(userId)]);
  if (!user) return null;
  // The jwt callback already drops a deactivated role; checking again here costs nothing (the memberships
  // are loaded anyway) and keeps a deactivated membership from acting even if a token slipped through.
  const claimed = session.active ?? null;
  const active = claimed && memberships.some((m) => m.clinicId === claimed.clinicId && m.role === claimed.role) ? claimed : null;
  return {
    userId,
    name: user.name,
    email: user.email,
    sessionId: session.sessionId,
    active,
    memberships,
    permissions: new Set(active ? rolePermissions[active.role] : ['self:read']),
    via: 'session',
  };
}

export async function requirePrincipal(): Promise<Principal> {
  const principal = await currentPrincipal();
  if (!principal) throw unauthenticated();
  return principal;
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.has(permission)) throw forbidden();
}

/** The clinic the principal acts in; actions on clinic data need one. */
export function requireActiveClinic(principal: Principal): string {
  const clinicId = principal.active?.clinicId;
  if (!clinicId) throw forbidden('Choose a clinic role to continue.');
  return clinicId;
}
