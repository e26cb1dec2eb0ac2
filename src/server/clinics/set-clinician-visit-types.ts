import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { requireClinicianOfClinic } from './require-clinician';
import { clinicianVisitTypesSchema } from './schedule.schemas';
import { countClinicVisitTypes, replaceClinicianVisitTypes } from './schedules.repo';

/** Which of the clinic's visit types a clinician offers; ids of another clinic's visit types are refused. */
export async function setClinicianVisitTypes(principal: Principal, raw: unknown): Promise<void> {
  const parsed = clinicianVisitTypesSchema.safeParse(raw);
  const subject = { action: 'schedule.visit-types.update', entityType: 'clinician_schedule', entityId: parsed.success ? parsed.data.clinicianUserId : null };
  const clinicId = await requireClinicianOfClinic(principal, parsed.success ? parsed.data.clinicianUserId : null, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const ids = [...new Set(parsed.data.visitTypeIds)];
  if ((await countClinicVisitTypes(clinicId, ids)) !== ids.length) {
    throw validationFailed({ visitTypeIds: ['Choose visit types of this clinic.'] });
  }
  await replaceClinicianVisitTypes(clinicId, parsed.data.clinicianUserId, ids, auditEventOf(principal, subject, 'allowed'));
}
