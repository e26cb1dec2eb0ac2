import { createHash, randomBytes } from 'node:crypto';

/** A new link token (only in the email) and its hash (only in the database). */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export const invitationPath = (token: string) => `/join?token=${token}`;
