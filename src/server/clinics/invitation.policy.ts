import type { Role } from '@/config/roles';
import type { Principal } from '@/server/access/principal';
import type { InvitationStatus } from './invitation.schemas';

/** Invitations are valid for 7 days (issue 3: "single-use link, expiring in 7 days"). */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

/** The clinic whose staff the principal may manage, or null. A permission, not a role name (permissions.ts). */
export function staffClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('staff:manage') ? clinicId : null;
}

export function invitationStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** Only the invited address may accept: the link proves access to that inbox, the session proves the account. */
export function canAcceptAs(accountEmail: string, invitedEmail: string): boolean {
  return accountEmail.trim().toLowerCase() === invitedEmail.toLowerCase();
}

export const isInvitableRole = (role: Role): role is 'clinician' | 'clinic_admin' => role === 'clinician' || role === 'clinic_admin';
