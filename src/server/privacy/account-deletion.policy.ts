/**
 * Rules of account deletion, pure. The grace period lets a person change their mind (or notice that someone
 * else asked in their name); a fresh sign-in stands in for the password of accounts that have none (Google).
 */
export const DELETION_GRACE_DAYS = 14;
export const FRESH_SIGN_IN_MINUTES = 10;

export const eraseAfterOf = (requestedAt: Date) => new Date(requestedAt.getTime() + DELETION_GRACE_DAYS * 86_400_000);

export function isFreshSignIn(signedInAtMs: number, now: Date): boolean {
  return now.getTime() - signedInAtMs <= FRESH_SIGN_IN_MINUTES * 60_000;
}

/** How deletion is confirmed: by the account's password, or, for an account without one, a fresh sign-in. */
export type DeletionConfirmation = 'password' | 'fresh-sign-in';
export const confirmationFor = (hasPassword: boolean): DeletionConfirmation => (hasPassword ? 'password' : 'fresh-sign-in');
