import { sendMail } from '@/server/notifications/mailer';
import { logger } from '@/server/platform/logger';
import { claimErasureNotice, eraseNextDueAccount, restoreNotifyEmail } from './account-deletion.repo';

/** Bounds one sweep, so a backlog is worked through over several runs instead of one long stall. */
const MAX_PER_SWEEP = 50;

/**
 * Erases every account whose grace period is over, then tells each person by email. The erasure commits
 * first; each notice is then claimed (its address taken off the request) before it is sent, and put back
 * if sending fails, so a mail outage leads to a retry on a later sweep and two sweeps never both send it.
 */
export async function eraseDueAccounts(now = new Date()): Promise<{ erased: number; notified: number }> {
  let erased = 0;
  while (erased < MAX_PER_SWEEP) {
    const account = await eraseNextDueAccount(now);
    if (!account) break;
    erased += 1;
  }
  let notified = 0;
  while (notified < MAX_PER_SWEEP) {
    const notice = await claimErasureNotice();
    if (!notice) break;
    try {
      await sendMail({
        to: notice.notifyEmail,
        subject: 'Your ClinixAI account has been deleted',
        text: [
          'As you asked, your ClinixAI account and the personal data linked to it have been erased.',
          '',
          'Clinical records that a clinic must keep by law stay with that clinic, no longer linked to any account.',
          'Contact the clinic, or privacy@clinixai.pro, with any question.',
        ].join('\n'),
      });
      notified += 1;
    } catch (error) {
      await restoreNotifyEmail(notice.requestId, notice.notifyEmail);
      logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'account erasure notice not sent; will retry');
      break;
    }
  }
  if (erased > 0) logger().info({ erased, notified }, 'accounts erased after their grace period');
  return { erased, notified };
}
