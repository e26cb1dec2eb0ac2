import type { Executor } from './notification-jobs.repo';
import { randomUUID } from 'node:crypto';
import { appBaseUrl } from './notification-links';
import { LEASE_MS, nextAttemptAfterFailure } from './job-backoff';
import { isRequired } from './notification-events';
import { claimDueJobs, completeJob, deliverInAppJob, deliveryTarget, releaseFailedJob, type JobRow } from './notification-jobs.repo';
import { sendMail, type MailMessage } from './mailer';

export interface WorkerOptions {
  workerId?: string;
  now?: () => Date;
  batchSize?: number;
  /** Another instance's database in tests; this process's by default. */
  db?: Executor;
  send?: (message: MailMessage) => Promise<void>;
}

/** This process's worker id: two app instances never share one, so a lease says whose claim it is. */
const processWorkerId = `worker-${randomUUID()}`;

/**
 * Delivers due jobs until none is left (bounded by batches). In-app notices are exactly once (one transaction
 * with a unique job id). Email is exactly once except for one window, documented: if the process dies after
 * the SMTP server accepted a message and before the job is marked sent, the lease runs out and another worker
 * sends it again. The Message-ID is the job's id, so a receiving client can recognise the duplicate.
 */
export async function runNotificationWorker(options: WorkerOptions = {}): Promise<{ sent: number; skipped: number; failed: number }> {
  const workerId = options.workerId ?? processWorkerId;
  const now = options.now ?? (() => new Date());
  const totals = { sent: 0, skipped: 0, failed: 0 };
  for (let batch = 0; batch < 20; batch++) {
    const at = now();
    const jobs = await claimDueJobs(workerId, at, new Date(at.getTime() + LEASE_MS), options.batchSize ?? 20, options.db);
    if (jobs.length === 0) break;
    for (const job of jobs) totals[await deliver(job, workerId, now, options)]++;
  }
  return totals;
}

async function deliver(job: JobRow, workerId: string, now: () => Date, options: WorkerOptions): Promise<'sent' | 'skipped' | 'failed'> {
  try {
    const target = await deliveryTarget(job.userId, job.event, job.channel, options.db);
    if (!target.enabled && !isRequired(job.event, job.channel)) {
      await completeJob(job.id, workerId, 'skipped', now(), options.db);
      return 'skipped';
    }
    if (job.channel === 'in_app') return (await deliverInAppJob(job, workerId, now(), options.db)) ? 'sent' : 'skipped';
    if (!target.email) {
      await completeJob(job.id, workerId, 'skipped', now(), options.db);
      return 'skipped';
    }
    const message = emailFor(job, target.email);
    await (options.send ?? sendMail)(message);
    await completeJob(job.id, workerId, 'sent', now(), options.db);
    return 'sent';
  } catch (error) {
    await releaseFailedJob(job.id, workerId, nextAttemptAfterFailure(job.attempts, now()), error instanceof Error ? error.name : typeof error, options.db);
    return 'failed';
  }
}

/** What the link at the end of an email does; most lead to a page behind sign-in. */
const linkLabels: Partial<Record<string, string>> = {
  'security.sign_in': 'Change your password (we email you a link)',
};

function emailFor(job: JobRow, to: string): MailMessage {
  const link = `${appBaseUrl()}${job.link ?? '/dashboard'}`;
  const label = linkLabels[job.event] ?? 'Sign in to ClinixAI to see more';
  return {
    to,
    subject: job.title,
    text: `${job.body}\n\n${label}: ${link}\n\nYou can choose which notices you receive under Settings > Notifications.`,
    messageId: `<${job.id}@notifications.clinixai>`,
  };
}
