import { isAccountLinked } from './users.repo';

/**
 * Whether a Google sign-in may go ahead. Auth.js links a Google identity to the account with the
 * same email; that is only safe when Google vouches for the email. An identity that is already
 * linked, or one being linked by a person signed in to ClinixAI (from Settings), proves itself
 * another way and may go ahead whatever Google says about the email.
 */
export async function mayUseGoogleIdentity(input: {
  emailVerified: boolean;
  providerAccountId: string;
  signedInUserId: () => Promise<string | undefined>;
}): Promise<boolean> {
  if (input.emailVerified) return true;
  if (await isAccountLinked('google', input.providerAccountId)) return true;
  return (await input.signedInUserId()) !== undefined;
}
