import { formatForViewer } from '@/lib/time-zones';
import { sendMail } from '@/server/notifications/mailer';
import { appBaseUrl } from '@/server/notifications/notification-links';
import { logger } from '@/server/platform/logger';
import { calendarText } from './ics';
import { bookingMailDetails } from './booking-mail.repo';

export interface BookedVisit {
  id: string;
  clinicId: string;
  patientId: string;
  clinicianUserId: string;
  visitTypeId: string;
  start: Date;
  end: Date;
  timeZone: string;
  cancellationNoticeHours: number;
}

type Change = 'booked' | 'held' | 'moved' | 'cancelled';

const subjects: Record<Change, (clinic: string) => string> = {
  booked: (clinic) => `Your visit at ${clinic} is booked`,
  held: (clinic) => `Your visit at ${clinic} is held until you pay`,
  moved: (clinic) => `Your visit at ${clinic} has a new time`,
  cancelled: (clinic) => `Your visit at ${clinic} is cancelled`,
};

/**
 * Emails the patient about their visit with it as an .ics attachment: a booking or a new time updates
 * their calendar (the sequence number grows with time), a cancellation removes it. It never holds the
 * reason or anything clinical. A mail failure is logged (by type only) and never undoes the change.
 * A visit held for payment (`held`, with the hold's end) is not confirmed: its mail says until when it is
 * held and carries no calendar file; the `booked` mail follows when the payment arrives.
 */
export async function sendVisitMail(change: Change, visit: BookedVisit, now = new Date(), heldUntil?: Date): Promise<void> {
  try {
    const details = await bookingMailDetails(visit.clinicId, visit.patientId, visit.clinicianUserId, visit.visitTypeId);
    if (!details?.to) return;
    const when = formatForViewer(visit.start, visit.timeZone, 'en-US', { year: 'numeric' });
    const place = details.visitType.mode === 'video' ? 'Video visit (the link comes before the visit)' : [details.clinic.addressLine, details.clinic.city].filter(Boolean).join(', ');
    const summary = `${details.visitType.name} with ${details.clinicianName} at ${details.clinic.name}`;
    if (change === 'held') {
      const deadline = formatForViewer(heldUntil ?? now, visit.timeZone, 'en-US', { year: 'numeric' });
      await sendMail({
        to: details.to,
        subject: subjects.held(details.clinic.name),
        text:
          `Your visit is held for you until ${deadline} (${visit.timeZone}) while you pay: ${summary}, on ${when} (${visit.timeZone}).\n\n` +
          `It is not confirmed yet. Pay under Payments when you sign in (${appBaseUrl()}/patient/payments); once the payment arrives we send the confirmation with a calendar file.\n` +
          'If no payment arrives by then, the time is released and nothing is charged.',
      });
      return;
    }
    const lead =
      change === 'cancelled'
        ? `Your visit is cancelled: ${summary}, on ${when} (${visit.timeZone}).\n\nYou can book another time in ClinixAI.`
        : `Your visit is ${change === 'booked' ? 'booked' : 'moved'}: ${summary}, on ${when} (${visit.timeZone}).\n\n${place}\n\n` +
          `You can move or cancel it in ClinixAI until ${visit.cancellationNoticeHours} hours before; after that, please contact the clinic.`;
    const method = change === 'cancelled' ? 'CANCEL' : 'REQUEST';
    await sendMail({
      to: details.to,
      subject: subjects[change](details.clinic.name),
      text: `${lead}\nThe attached visit.ics ${change === 'cancelled' ? 'removes it from' : 'adds it to'} your calendar.`,
      attachments: [
        {
          filename: 'visit.ics',
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: calendarText(
            [{ uid: visit.id, start: visit.start, end: visit.end, summary, location: place, status: change === 'cancelled' ? 'CANCELLED' : 'CONFIRMED', sequence: Math.floor(now.getTime() / 1000) }],
            { method, now },
          ),
        },
      ],
    });
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'visit mail failed');
  }
}

export const sendBookingConfirmation = (visit: BookedVisit) => sendVisitMail('booked', visit);
