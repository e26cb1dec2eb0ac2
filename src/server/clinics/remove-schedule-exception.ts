import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireClinicianOfClinic } from './require-clinician';
import { exceptionRefSchema } from './schedule.schemas';
import { deleteException } from './schedules.repo';

export async function removeScheduleException(principal: Principal, raw: unknown): Promise<void> {
  const parsed = exceptionRefSchema.safeParse(raw);
  const subject = { action: 'schedule.exception.delete', entityType: 'clinician_schedule', entityId: parsed.success ? parsed.data.clinicianUserId : null };
  const clinicId = await requireClinicianOfClinic(principal, parsed.success ? parsed.data.clinicianUserId : null, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const removed = await deleteException(clinicId, parsed.data.clinicianUserId, parsed.data.exceptionId, auditEventOf(principal, subject, 'allowed'));
  if (!removed) {
    await recordDenial(principal, subject);
    throw notFound('The exception');
  }
}
