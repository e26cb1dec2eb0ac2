import { validationFailed, unauthenticated, AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { verifyPassword } from '@/server/auth/password';
import { sendMail } from '@/server/notifications/mailer';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { logger } from '@/server/platform/logger';
import { confirmationFor, DELETION_GRACE_DAYS, eraseAfterOf, isFreshSignIn } from './account-deletion.policy';
import { cancelPendingDeletion, findAccountCredentials, findPendingDeletion, insertDeletionRequest } from './account-deletion.repo';
import { deletionConfirmationInput, type AccountDeletionStatus } from './account-deletion.schemas';

/** The session facts deletion depends on, passed in so the rules can be tested without a browser. */
export interface SessionFacts {
  signedInAtMs: number;
  baseUrl: string;
}

export async function accountDeletionStatus(principal: Principal, session: SessionFacts, now = new Date()): Promise<AccountDeletionStatus> {
  const [account, pending] = await Promise.all([findAccountCredentials(principal.userId), findPendingDeletion(principal.userId)]);
  if (!account) throw unauthenticated();
  return {
    pending: pending ? { requestedAt: pending.requestedAt.toISOString(), eraseAfter: pending.eraseAfter.toISOString() } : null,
    confirmation: confirmationFor(Boolean(account.passwordHash)),
    freshSignIn: isFreshSignIn(session.signedInAtMs, now),
    graceDays: DELETION_GRACE_DAYS,
  };
}

/**
 * Schedules the erasure of the signed-in person's account in DELETION_GRACE_DAYS days, after confirming it
 * is really them: their password, or for an account without one a sign-in of the last few minutes.
 */
export async function requestAccountDeletion(principal: Principal, input: unknown, session: SessionFacts, now = new Date()) {
  const parsed = deletionConfirmationInput.safeParse(input);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const account = await findAccountCredentials(principal.userId);
  if (!account) throw unauthenticated();
  if (account.passwordHash) {
    const password = parsed.data.password ?? '';
    if (password === '') throw validationFailed({ password: ['Enter your password to confirm.'] });
    if (!(await verifyPassword(account.passwordHash, password))) throw validationFailed({ password: ['That password is not right.'] });
  } else if (!isFreshSignIn(session.signedInAtMs, now)) {
    throw new AppError('forbidden', 'For your safety, sign in again and then confirm within 10 minutes.');
  }
  const request = await insertDeletionRequest({ userId: principal.userId, notifyEmail: account.email, requestedAt: now, eraseAfter: eraseAfterOf(now) });
  if (!request) throw new AppError('conflict', 'Your account is already scheduled for deletion.');
  await notify(account.email, 'Your ClinixAI account will be deleted', [
    `You asked us to delete your ClinixAI account. It will be erased on ${request.eraseAfter.toUTCString()}.`,
    '',
    `Changed your mind, or was it not you? Sign in and cancel from the privacy center before then: ${session.baseUrl}/settings/privacy`,
  ]);
  return { eraseAfter: request.eraseAfter.toISOString() };
}

export async function cancelAccountDeletion(principal: Principal, session: SessionFacts, now = new Date()) {
  const cancelled = await cancelPendingDeletion(principal.userId, now);
  if (!cancelled) throw new AppError('not_found', 'There is no deletion to cancel.');
  const account = await findAccountCredentials(principal.userId);
  if (account) {
    await notify(account.email, 'Your ClinixAI account will not be deleted', [
      'You cancelled the deletion of your ClinixAI account. Nothing was erased.',
      '',
      `Your privacy center: ${session.baseUrl}/settings/privacy`,
    ]);
  }
}

// Mail is a courtesy around the request, which is already committed: a mail outage must not undo it.
async function notify(to: string, subject: string, lines: string[]): Promise<void> {
  try {
    await sendMail({ to, subject, text: lines.join('\n') });
  } catch (error) {
    logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'account deletion notice not sent');
  }
}
