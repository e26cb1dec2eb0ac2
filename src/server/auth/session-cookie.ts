import { decode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';
import { isSessionRevoked } from './users.repo';

const SESSION_COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'];

// Decrypting the JWT costs a key derivation and an AES pass; the sign-in time inside a given
// token never changes, so it is remembered for recent tokens (bounded, oldest dropped first).
const signedInAtByToken = new Map<string, number>();
const CACHE_LIMIT = 1_000;

async function signedInAtOf(value: string, secret: string, salt: string): Promise<number | undefined> {
  const known = signedInAtByToken.get(value);
  if (known !== undefined) return known;
  const token = await decode({ token: value, secret, salt });
  if (typeof token?.signedInAt !== 'number') return undefined;
  if (signedInAtByToken.size >= CACHE_LIMIT) signedInAtByToken.delete(signedInAtByToken.keys().next().value!);
  signedInAtByToken.set(value, token.signedInAt);
  return token.signedInAt;
}

/**
 * Seconds left before the absolute 8-hour cap of the session in this request's cookie.
 * Auth.js re-issues the cookie on session reads with expiry now + maxAge; giving it the
 * remaining time as maxAge makes the re-issued cookie (and the JWT inside) expire exactly
 * at sign-in + 8 h, never later. A request without a session gets the full 8 hours.
 */
export async function remainingSessionSeconds(readCookie: (name: string) => string | undefined, secret: string, now = Date.now()): Promise<number> {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = readCookie(name);
    if (!value) continue;
    try {
      const signedInAt = await signedInAtOf(value, secret, name);
      if (signedInAt !== undefined) {
        return Math.max(1, Math.floor((signedInAt + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000));
      }
    } catch {
      // A cookie we cannot read is not a session; Auth.js will clear it.
    }
  }
  return SESSION_MAX_AGE_SECONDS;
}

/**
 * The user id of a live session in this request's cookie (unexpired, not revoked), or undefined.
 * Used where Auth.js does not hand us the session, e.g. its signIn callback while linking Google.
 */
export async function liveSessionUserId(readCookie: (name: string) => string | undefined, secret: string, now = Date.now()): Promise<string | undefined> {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = readCookie(name);
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret, salt: name });
      const { uid, sid, signedInAt } = token ?? {};
      if (!uid || !sid || typeof signedInAt !== 'number') continue;
      if (now >= signedInAt + SESSION_MAX_AGE_SECONDS * 1000) continue;
      if (await isSessionRevoked(uid, sid, signedInAt)) continue;
      return uid;
    } catch {
      // Not a session we issued.
    }
  }
  return undefined;
}
