import { createHash, randomBytes } from 'node:crypto';

/** Tokens carry a prefix so a leaked one is recognisable (secret scanners, logs) and a typo is refused early. */
export const API_TOKEN_PREFIX = 'cxa_';
const TOKEN_PATTERN = /^cxa_[A-Za-z0-9_-]{43}$/;

/** A new token (shown once) and the SHA-256 hash that is all the database keeps. */
export function newApiToken(): { token: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token) };
}

export const hashApiToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export const looksLikeApiToken = (value: string) => TOKEN_PATTERN.test(value);

/**
 * The token of an `Authorization: Bearer <token>` header; null when there is no Authorization header
 * (a cookie request); '' when there is one but it is not a bearer token, which is refused, never ignored.
 */
export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header === null) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}
