import { roleHome } from '@/config/roles';
import { AppError, validationFailed } from '@/lib/errors';
import { hashPassword } from '@/server/auth/password';
import { findUserByEmail } from '@/server/auth/users.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import type { Joined } from './accept-invitation';
import { invitationStatus } from './invitation.policy';
import { joinWithPasswordSchema } from './invitation.schemas';
import { invitationUnavailable } from './invitation-messages';
import { hashInvitationToken } from './invitation-token';
import { claimWithNewUser } from './invitation-acceptance.repo';
import { findInvitationByTokenHash } from './invitations.repo';

const accountExists = () =>
  new AppError('conflict', 'An account already uses this email address. Sign in with it to accept the invitation.');

/**
 * Someone without an account joins from the link: name and password, the address is the invited
 * one. Unlike self sign-up, saying that an account exists is fine here: only the inbox's owner
 * holds the link, and they need to know to sign in instead.
 */
export async function joinWithPassword(raw: unknown, now = new Date()): Promise<Joined & { email: string; userId: string }> {
  const parsed = joinWithPasswordSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { token, name, password } = parsed.data;
  const tokenHash = hashInvitationToken(token);
  const invitation = await findInvitationByTokenHash(tokenHash);
  if (!invitation) throw invitationUnavailable('invalid');
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw invitationUnavailable(status);
  if (await findUserByEmail(invitation.email)) throw accountExists();

  const claimed = await claimWithNewUser(tokenHash, { name, email: invitation.email, passwordHash: await hashPassword(password) }, now, (c) => ({
    clinicId: c.clinicId,
    actorUserId: c.userId,
    actingRole: null,
    action: 'staff.invitation.accept',
    entityType: 'staff_invitation',
    entityId: c.invitationId,
    outcome: 'allowed',
  }));
  if (claimed === 'email_taken') throw accountExists();
  if (!claimed) throw invitationUnavailable('accepted');
  return { clinicId: claimed.clinicId, role: claimed.role, home: roleHome[claimed.role], email: invitation.email, userId: claimed.userId };
}
