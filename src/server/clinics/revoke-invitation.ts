import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { invitationStatus, staffClinicOf } from './invitation.policy';
import { invitationIdSchema } from './invitation.schemas';
import { findInvitationInClinic, revokeUsableInvitation } from './invitations.repo';

const notPending = {
  accepted: 'This invitation was already accepted; it can no longer be withdrawn.',
  revoked: 'This invitation was already withdrawn.',
  expired: 'This invitation has already expired.',
} as const;

/** Withdraws a pending invitation of the admin's own clinic; another clinic's invitation is not found. */
export async function revokeInvitation(principal: Principal, raw: unknown, now = new Date()): Promise<{ id: string }> {
  const parsed = invitationIdSchema.safeParse(raw);
  const subject = { action: 'staff.invitation.revoke', entityType: 'staff_invitation', entityId: parsed.success ? parsed.data.invitationId : null };
  const clinicId = staffClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, subject);
    throw forbidden('Only a clinic admin can withdraw invitations.');
  }
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { invitationId } = parsed.data;

  const invitation = await findInvitationInClinic(clinicId, invitationId);
  if (!invitation) {
    await recordDenial(principal, subject);
    throw notFound('The invitation');
  }
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw new AppError('conflict', notPending[status]);
  const revoked = await revokeUsableInvitation(clinicId, invitationId, auditEventOf(principal, subject, 'allowed'), now);
  // Accepted (or expired) between the read and the write: say so rather than pretend it was withdrawn.
  if (!revoked) throw new AppError('conflict', 'This invitation changed meanwhile; reload the page to see its state.');
  return { id: invitationId };
}
