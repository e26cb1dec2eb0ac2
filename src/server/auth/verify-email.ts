import { redeemLink } from './email-links';
import { markEmailVerified } from './users.repo';

/** Redeems a verification link; true when the account is now verified. */
export async function verifyEmail(token: string): Promise<boolean> {
  const email = await redeemLink('verify-email', token);
  return email ? markEmailVerified(email, new Date()) : false;
}
