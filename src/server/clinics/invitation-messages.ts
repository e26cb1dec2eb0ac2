import { AppError } from '@/lib/errors';
import { roleLabels, type Role } from '@/config/roles';
import type { InvitationLanding } from './invitation.schemas';

type Unavailable = Exclude<InvitationLanding['state'], 'pending'>;

export const unavailableMessages: Record<Unavailable, string> = {
  accepted: 'This invitation has already been used. Sign in with the account that accepted it.',
  revoked: 'This invitation was withdrawn by the clinic. Ask your clinic administrator for a new one.',
  expired: 'This invitation has expired: links work for 7 days. Ask your clinic administrator for a new one.',
  invalid: 'This invitation link is not valid. Open it from the email again, or ask for a new invitation.',
};

/** An unknown link is "not found"; a known one that can no longer be used conflicts with its state. */
export function invitationUnavailable(state: Unavailable): AppError {
  return new AppError(state === 'invalid' ? 'not_found' : 'conflict', unavailableMessages[state]);
}

/** "a clinician", "a clinic admin": for messages about a role. */
export const withArticle = (role: Role) => `a ${roleLabels[role].toLowerCase()}`;
