import { formatForViewer, localDateOf, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { sendMail } from '@/server/notifications/mailer';
import { logger } from '@/server/platform/logger';
import type { AppointmentRow } from './appointments.repo';
import { bookingMailDetails } from './booking-mail.repo';
import type { ClinicSchedulingSettings } from './schedule.repo';
import { offerToFirstWaiting } from './waitlist.repo';

/**
 * After a cancellation, offers the freed time to the first matching waiting patient and tells them by
 * mail (no clinical content). The slot is not held: the front desk books it when the patient says yes.
 * Failures are logged and never undo the cancellation.
 */
export async function offerFreedSlot(principal: Principal, clinic: ClinicSchedulingSettings, freed: AppointmentRow, now: Date): Promise<void> {
  if (freed.startsAt <= now) return;
  try {
    const offered = await offerToFirstWaiting(
      clinic.id,
      { visitTypeId: freed.visitTypeId, clinicianUserId: freed.clinicianUserId, start: freed.startsAt, localDate: toIsoDate(localDateOf(freed.startsAt, clinic.timeZone)), now },
      (entryId) => auditEventOf(principal, { action: 'waitlist.offer', entityType: 'waitlist_entry', entityId: entryId }, 'allowed'),
    );
    if (!offered) return;
    const details = await bookingMailDetails(clinic.id, offered.patientId, freed.clinicianUserId, freed.visitTypeId);
    if (!details?.to) return;
    const when = formatForViewer(freed.startsAt, clinic.timeZone, 'en-US', { year: 'numeric' });
    await sendMail({
      to: details.to,
      subject: `An earlier time is free at ${details.clinic.name}`,
      text: `A time you were waiting for is free: ${details.visitType.name} with ${details.clinicianName} on ${when} (${clinic.timeZone}).\n\nCall ${details.clinic.name} to take it; it goes to whoever books first.`,
    });
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'waitlist offer failed');
  }
}
