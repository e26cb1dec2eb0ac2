import { invitationStatus, isInvitableRole } from './invitation.policy';
import { invitationLandingSchema, invitationTokenSchema, type InvitationLanding } from './invitation.schemas';
import { hashInvitationToken } from './invitation-token';
import { findInvitationByTokenHash } from './invitations.repo';

/**
 * What the landing page shows for a link. Read-only on purpose: a GET (a mail scanner, a link
 * preview) never spends the token; only the accept or join form does.
 */
export async function viewInvitation(token: unknown, now = new Date()): Promise<InvitationLanding> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { state: 'invalid' };
  const row = await findInvitationByTokenHash(hashInvitationToken(parsed.data));
  if (!row || !isInvitableRole(row.role)) return { state: 'invalid' };
  const status = invitationStatus(row, now);
  if (status !== 'pending') return { state: status };
  return invitationLandingSchema.parse({
    state: 'pending',
    clinicName: row.clinicName,
    role: row.role,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
  });
}
