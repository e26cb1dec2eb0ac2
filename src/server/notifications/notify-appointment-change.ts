import { formatForViewer } from '@/lib/time-zones';
import { logger } from '@/server/platform/logger';
import { appointmentNotice, type AppointmentNotice } from './appointment-notices.repo';
import { enqueueReminderIfDue } from './enqueue-due-reminders';
import { enqueueNotification } from './enqueue-notification';

export type AppointmentEvent = 'appointment.booked' | 'appointment.rescheduled' | 'appointment.cancelled';

const patientTitles: Record<AppointmentEvent, (clinic: string) => string> = {
  'appointment.booked': (clinic) => `Your visit at ${clinic} is booked`,
  'appointment.rescheduled': (clinic) => `Your visit at ${clinic} was moved`,
  'appointment.cancelled': (clinic) => `Your visit at ${clinic} was cancelled`,
};
const staffTitles: Record<AppointmentEvent, string> = {
  'appointment.booked': 'New visit booked',
  'appointment.rescheduled': 'A visit was moved',
  'appointment.cancelled': 'A visit was cancelled',
};

/**
 * The scheduling use-cases' one hook: after a booking, move or cancellation commits, the patient (in-app and
 * email) and the clinician (in-app) are notified. The booking confirmation email with its calendar file is
 * scheduling's own, so a booking enqueues the patient's in-app notice only; a visit starting within 24 hours
 * also gets its due reminder queued before this returns. It never fails the caller.
 */
export async function notifyAppointmentChange(
  clinicId: string,
  appointmentId: string,
  event: AppointmentEvent | null,
  actorUserId: string,
  now = new Date(),
  /** A booking held for payment until then: the patient's notice says so instead of "booked". */
  heldUntil?: Date,
): Promise<void> {
  if (!event) return;
  try {
    const visit = await appointmentNotice(clinicId, appointmentId);
    if (!visit) return;
    await enqueueFor(visit, event, actorUserId, heldUntil);
    // A visit booked or moved inside a reminder window gets its reminder now, not at the next sweep.
    if (event !== 'appointment.cancelled') await enqueueReminderIfDue(visit, now);
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'appointment notification could not be enqueued');
  }
}

async function enqueueFor(visit: AppointmentNotice, event: AppointmentEvent, actorUserId: string, heldUntil?: Date) {
  const when = formatForViewer(visit.startsAt, visit.timeZone, 'en-US', { year: 'numeric' });
  const key = `${event}:${visit.id}:${visit.startsAt.toISOString()}`;
  if (visit.patientUserId) {
    await enqueueNotification(undefined, {
      event,
      key,
      userId: visit.patientUserId,
      clinicId: visit.clinicId,
      ...(heldUntil
        ? {
            title: `Your visit at ${visit.clinicName} is held until you pay`,
            body: `Your visit on ${when} is held until ${formatForViewer(heldUntil, visit.timeZone, 'en-US', { year: 'numeric' })}; pay under Payments to confirm it.`,
            link: '/patient/payments',
          }
        : {
            title: patientTitles[event](visit.clinicName),
            body: `${event === 'appointment.cancelled' ? 'The visit was' : 'Your visit is'} on ${when}.`,
            link: '/patient/appointments',
          }),
      // Email: scheduling sends the confirmation with its .ics for every change; a second mail would repeat it.
      channels: ['in_app'],
    });
  }
  if (visit.clinicianUserId !== actorUserId) {
    await enqueueNotification(undefined, {
      event,
      key,
      userId: visit.clinicianUserId,
      clinicId: visit.clinicId,
      title: staffTitles[event],
      body: `Visit on ${when}.`,
      link: '/clinician/schedule',
      channels: ['in_app'],
    });
  }
}
