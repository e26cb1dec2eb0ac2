import { roleHome, type Role } from '@/config/roles';
import { forbidden, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { canAcceptAs, invitationStatus } from './invitation.policy';
import { acceptInvitationSchema } from './invitation.schemas';
import { invitationUnavailable } from './invitation-messages';
import { hashInvitationToken } from './invitation-token';
import { claimForExistingUser } from './invitation-acceptance.repo';
import { findInvitationByTokenHash } from './invitations.repo';

export interface Joined {
  clinicId: string;
  role: Role;
  /** The dashboard of the new role, where the person lands. */
  home: string;
}

const ACTION = 'staff.invitation.accept';

/**
 * A signed-in person accepts an invitation addressed to their account's email. The membership,
 * the used invitation and the audit event are written in one transaction (invitation-acceptance.repo.ts).
 */
export async function acceptInvitation(principal: Principal, raw: unknown, now = new Date()): Promise<Joined> {
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const tokenHash = hashInvitationToken(parsed.data.token);
  const invitation = await findInvitationByTokenHash(tokenHash);
  if (!invitation) throw invitationUnavailable('invalid');
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw invitationUnavailable(status);

  const event = { clinicId: invitation.clinicId, actorUserId: principal.userId, actingRole: principal.active?.role ?? null, action: ACTION, entityType: 'staff_invitation', entityId: invitation.id };
  if (!canAcceptAs(principal.email, invitation.email)) {
    await insertAuditEvent({ ...event, outcome: 'denied' });
    throw forbidden('This invitation was sent to a different email address. Sign in with that address to accept it.');
  }
  const claimed = await claimForExistingUser(tokenHash, { id: principal.userId, email: principal.email }, now, () => ({ ...event, outcome: 'allowed' }));
  // Someone (another tab) used or the admin withdrew it between the read and the write.
  if (!claimed) throw invitationUnavailable('accepted');
  return { clinicId: claimed.clinicId, role: claimed.role, home: roleHome[claimed.role] };
}
