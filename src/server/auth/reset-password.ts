import { validationFailed } from '@/lib/errors';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { sendMail } from '@/server/notifications/mailer';
import { requestResetSchema, resetPasswordSchema } from './auth.schemas';
import { issueLink, redeemLink } from './email-links';
import { hashPassword } from './password';
import { findUserByEmail, setPasswordAndRevokeSessions } from './users.repo';
import { notifySecurityEvent } from '@/server/notifications/notify-security-event';

/** Always answers the same, whether or not the address has an account. */
export async function requestPasswordReset(raw: unknown, baseUrl: string): Promise<void> {
  const parsed = requestResetSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const user = await findUserByEmail(parsed.data.email);
  if (!user) return;
  const link = await issueLink('reset-password', user.email);
  await sendMail({
    to: user.email,
    subject: 'Reset your ClinixAI password',
    text: `Choose a new password for ClinixAI:\n${baseUrl}${link}\n\nThe link works once and expires in 1 hour. If you did not ask for it, ignore this message; your password stays the same.`,
  });
}

/** Sets the new password and ends every session of the account (other devices included). */
export async function resetPassword(raw: unknown): Promise<void> {
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  // Validate the password before spending the single-use link on it.
  const email = await redeemLink('reset-password', parsed.data.token);
  if (!email) throw validationFailed({ token: ['This link has expired or was already used. Ask for a new one.'] });
  await setPasswordAndRevokeSessions(email, await hashPassword(parsed.data.password), new Date());
  await notifySecurityEvent(email, 'security.password_changed');
  await sendMail({ to: email, subject: 'Your ClinixAI password was changed', text: 'Your password was changed and every session was signed out. If this was not you, reset your password now and contact your clinic.' });
}
