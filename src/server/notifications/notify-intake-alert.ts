import { formatForViewer } from '@/lib/time-zones';
import { logger } from '@/server/platform/logger';
import { activeClinicAdminIds, appointmentNotice } from './appointment-notices.repo';
import { enqueueNotification } from './enqueue-notification';

/**
 * A red flag in a patient's pre-visit intake reaches the staff on duty for that visit: its clinician and the
 * clinic's admins, in the app and by email. The notice says only that an intake needs attention and when the
 * visit is, never what was flagged (that stays in the chart). Called after the intake and its alert committed;
 * it never fails the caller, whose safety guidance has already been shown to the patient.
 */
export async function notifyIntakeAlert(clinicId: string, appointmentId: string, alertIds: readonly string[]): Promise<void> {
  if (alertIds.length === 0) return;
  try {
    const visit = await appointmentNotice(clinicId, appointmentId);
    if (!visit) return;
    const when = formatForViewer(visit.startsAt, visit.timeZone, 'en-US', { year: 'numeric' });
    const staff = new Set([visit.clinicianUserId, ...(await activeClinicAdminIds(clinicId))]);
    for (const userId of staff) {
      await enqueueNotification(undefined, {
        event: 'intake.red_flag',
        key: `intake.red_flag:${alertIds.join(',')}`,
        userId,
        clinicId,
        title: 'A pre-visit intake needs attention',
        body: `A patient's answers for the visit on ${when} raised a red flag. Open the visit to see it.`,
        link: userId === visit.clinicianUserId ? `/clinician/visits/${appointmentId}` : '/admin/appointments',
      });
    }
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'intake alert notification could not be enqueued');
  }
}
