import type { Executor } from './notification-jobs.repo';
import { formatForViewer } from '@/lib/time-zones';
import { bookedVisitsStarting, type AppointmentNotice } from './appointment-notices.repo';
import { enqueueNotification } from './enqueue-notification';

const HOUR = 3_600_000;

/**
 * Run by every instance's sweep: visits starting within 24 hours get their 24-hour reminder (unless they are
 * already under 2 hours away), visits within 2 hours their 2-hour one. The dedupe key holds the visit and its
 * start, so sweeping again (or on another instance) adds nothing, and a moved visit is reminded of its new time.
 */
export async function enqueueDueReminders(now = new Date(), given?: Executor): Promise<number> {
  const visits = await bookedVisitsStarting(now, new Date(now.getTime() + 24 * HOUR), given);
  let enqueued = 0;
  for (const visit of visits) enqueued += await enqueueReminderIfDue(visit, now, given);
  return enqueued;
}

/**
 * The reminder a booked visit is due now, if any: the sweep's own rule for one visit. A booking or a move
 * calls it at once, so a visit booked inside a reminder window has its reminder queued when the booking
 * answers (same dedupe key as the sweep's, so the two never make two). A visit held for payment gets none until
 * it is paid; the next sweep after the payment queues it.
 */
export async function enqueueReminderIfDue(visit: AppointmentNotice, now = new Date(), given?: Executor): Promise<number> {
  const ahead = visit.startsAt.getTime() - now.getTime();
  if (!visit.patientUserId || visit.status !== 'booked' || visit.awaitingPayment || ahead <= 0 || ahead > 24 * HOUR) return 0;
  const lead = ahead <= 2 * HOUR ? '2h' : '24h';
  const when = formatForViewer(visit.startsAt, visit.timeZone, 'en-US', { year: 'numeric' });
  return enqueueNotification(given, {
    event: 'appointment.reminder',
    key: `reminder.${lead}:${visit.id}:${visit.startsAt.toISOString()}`,
    userId: visit.patientUserId,
    clinicId: visit.clinicId,
    title: `Reminder: your visit at ${visit.clinicName}`,
    body: `Your visit is ${lead === '2h' ? 'in less than 2 hours' : 'within 24 hours'}: ${when}.`,
    link: '/patient/appointments',
    runAt: now,
  });
}
