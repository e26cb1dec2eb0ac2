import { validationFailed } from '@/lib/errors';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { sendMail } from '@/server/notifications/mailer';
import { signUpSchema } from './auth.schemas';
import { issueLink } from './email-links';
import { hashPassword } from './password';
import { insertPasswordUser } from './users.repo';

/**
 * Patient self sign-up with email and password. Whether the address already has an account
 * is never shown on screen: both cases answer "check your email", and the owner of an existing
 * account gets a notice by email instead of a verification link.
 */
export async function signUp(raw: unknown, baseUrl: string): Promise<{ email: string }> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const created = await insertPasswordUser({ name, email, passwordHash: await hashPassword(password) });
  if (created) {
    const link = await issueLink('verify-email', email);
    await sendMail({
      to: email,
      subject: 'Confirm your email for ClinixAI',
      text: `Welcome to ClinixAI.\n\nConfirm your email address to finish creating your account:\n${baseUrl}${link}\n\nThe link works once and expires in 24 hours. If you did not sign up, ignore this message.`,
    });
  } else {
    await sendMail({
      to: email,
      subject: 'Someone tried to sign up with your email',
      text: `Someone tried to create a ClinixAI account with this address, which already has one.\n\nIf it was you, sign in at ${baseUrl}/sign-in or reset your password at ${baseUrl}/forgot-password.\nIf not, you can ignore this message.`,
    });
  }
  return { email };
}
