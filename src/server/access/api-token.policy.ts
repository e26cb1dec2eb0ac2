import type { Principal } from './principal';

/** A token may act in any role the person holds now; tokens are managed from a signed-in session only, never with a token. */
export function canManageApiTokens(principal: Principal): boolean {
  return principal.via !== 'bearer';
}

export function holdsMembership(principal: Principal, clinicId: string | null, role: string): boolean {
  return principal.memberships.some((m) => m.clinicId === clinicId && m.role === role);
}

export function tokenStatus(row: { revokedAt: Date | null; expiresAt: Date }, now: Date): 'active' | 'expired' | 'revoked' {
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}
