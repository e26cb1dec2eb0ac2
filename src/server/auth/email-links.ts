import { createHash, randomBytes } from 'node:crypto';
import { consumeToken, storeToken } from './verification-tokens.repo';

/** Single-use, expiring links for email verification and password reset. */
export type LinkPurpose = 'verify-email' | 'reset-password';

export const linkLifetimeMs: Record<LinkPurpose, number> = {
  'verify-email': 24 * 60 * 60_000,
  'reset-password': 60 * 60_000,
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const prefixOf = (purpose: LinkPurpose) => `${purpose}:`;

/** Creates a link token and returns the path the email should contain (no address in it). */
export async function issueLink(purpose: LinkPurpose, email: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await storeToken(`${prefixOf(purpose)}${email.toLowerCase()}`, hashToken(token), new Date(now.getTime() + linkLifetimeMs[purpose]));
  return `/${purpose}?token=${token}`;
}

/** The email the link was issued for, once; undefined for an unknown, used or expired link. */
export async function redeemLink(purpose: LinkPurpose, token: string, now = new Date()): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const identifier = await consumeToken(prefixOf(purpose), hashToken(token), now);
  return identifier?.slice(prefixOf(purpose).length);
}
