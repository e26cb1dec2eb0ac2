import type { Executor } from './notification-jobs.repo';
import type { Channel, NotificationEvent } from './notification-events';
import { eventOffers } from './notification-events';
import { insertJobs } from './notification-jobs.repo';
import { deliverSoon } from './notification-sweep';

export interface NotificationInput {
  event: NotificationEvent;
  userId: string;
  clinicId: string | null;
  /** Unique per event occurrence and recipient; the channel is appended. The same key again enqueues nothing. */
  key: string;
  /** Short, never clinical: "New message from Riverside Family Clinic". */
  title: string;
  body: string;
  /** A path inside ClinixAI (the email shows it as a sign-in link). */
  link?: string;
  channels?: readonly Channel[];
  runAt?: Date;
}

/**
 * Enqueues delivery jobs, inside the caller's transaction when one is handed in (so the event and its notices
 * commit together), otherwise on its own. Preferences are applied at delivery, so a change made while the
 * person is away still counts.
 */
export async function enqueueNotification(tx: Executor | undefined, input: NotificationInput): Promise<number> {
  const wanted = (input.channels ?? ['in_app', 'email']).filter((channel) => eventOffers(input.event, channel));
  const inserted = await insertJobs(
    wanted.map((channel) => ({
      dedupeKey: `${input.key}:${input.userId}:${channel}`,
      channel,
      event: input.event,
      userId: input.userId,
      clinicId: input.clinicId,
      title: input.title.slice(0, 200),
      body: input.body.slice(0, 1000),
      link: input.link ?? null,
      runAt: input.runAt ?? new Date(),
    })),
    tx,
  );
  // Inside a transaction the jobs are not visible yet; the next tick delivers them.
  if (inserted > 0 && !tx) deliverSoon();
  return inserted;
}
