import { formatForViewer } from '@/lib/time-zones';
import { sendMail } from '@/server/notifications/mailer';
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

/**
 * Emails the patient their booking with the visit as an .ics attachment. It never holds the reason
 * or anything clinical. A mail failure is logged (by type only) and never undoes the booking.
 */
export async function sendBookingConfirmation(visit: BookedVisit): Promise<void> {
  try {
    const details = await bookingMailDetails(visit.clinicId, visit.patientId, visit.clinicianUserId, visit.visitTypeId);
    if (!details?.to) return;
    const when = formatForViewer(visit.start, visit.timeZone, 'en-US', { year: 'numeric' });
    const place = details.visitType.mode === 'video' ? 'Video visit (the link comes before the visit)' : [details.clinic.addressLine, details.clinic.city].filter(Boolean).join(', ');
    const summary = `${details.visitType.name} with ${details.clinicianName} at ${details.clinic.name}`;
    await sendMail({
      to: details.to,
      subject: `Your visit at ${details.clinic.name} is booked`,
      text:
        `Your visit is booked: ${summary}, on ${when} (${visit.timeZone}).\n\n` +
        `${place}\n\n` +
        `You can move or cancel it in ClinixAI until ${visit.cancellationNoticeHours} hours before; after that, please contact the clinic.\n` +
        'The attached visit.ics adds it to your calendar.',
      attachments: [
        {
          filename: 'visit.ics',
          contentType: 'text/calendar; charset=utf-8; method=REQUEST',
          content: calendarText([{ uid: visit.id, start: visit.start, end: visit.end, summary, location: place }], { method: 'REQUEST' }),
        },
      ],
    });
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'booking confirmation mail failed');
  }
}
