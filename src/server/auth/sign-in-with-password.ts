import { hashPassword, verifyPassword } from './password';
import { passwordSignInSchema } from './auth.schemas';
import { isThrottled, recordSignInFailure, recordSignInSuccess } from './sign-in-throttle';
import { findUserByEmail } from './users.repo';

export type PasswordSignInOutcome =
  | { ok: true; user: { id: string; name: string | null; email: string } }
  | { ok: false; reason: 'invalid' | 'rate_limited' | 'email_unverified' };

// A real Argon2id hash of a random string: unknown emails cost as much time as known ones,
// so timing does not reveal whether an account exists.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(crypto.randomUUID()));

/**
 * Password sign-in. Throttling is checked before any hash is computed; every failure answers
 * the same "invalid" whatever went wrong, so sign-in never reveals whether an account exists.
 */
export async function signInWithPassword(raw: unknown, ip: string): Promise<PasswordSignInOutcome> {
  const parsed = passwordSignInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  if (await isThrottled(email, ip)) return { ok: false, reason: 'rate_limited' };

  const user = await findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (!user || !user.passwordHash || !valid) {
    await recordSignInFailure(email, ip);
    return { ok: false, reason: 'invalid' };
  }
  await recordSignInSuccess(email, ip);
  // Said only to someone who knew the password, so it reveals nothing to a guesser.
  if (!user.emailVerified) return { ok: false, reason: 'email_unverified' };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
