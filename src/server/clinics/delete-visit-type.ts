import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { visitTypeIdSchema } from './clinic-settings.schemas';
import { deleteVisitType as remove } from './clinic-settings.repo';
import { FOREIGN_KEY_VIOLATION, sqlStateOf } from './db-error';
import { requireClinicConfig } from './require-clinic-config';

/** Deletes a visit type nobody has booked; a booked one must be made inactive instead (its visits keep it). */
export async function deleteVisitType(principal: Principal, raw: unknown): Promise<void> {
  const parsed = visitTypeIdSchema.safeParse(raw);
  const subject = { action: 'clinic.visit-type.delete', entityType: 'visit_type', entityId: parsed.success ? parsed.data.id : null };
  const clinicId = await requireClinicConfig(principal, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  try {
    if (!(await remove(clinicId, parsed.data.id, auditEventOf(principal, subject, 'allowed')))) {
      await recordDenial(principal, subject);
      throw notFound('The visit type');
    }
  } catch (error) {
    if (sqlStateOf(error) !== FOREIGN_KEY_VIOLATION) throw error;
    throw new AppError('conflict', 'Visits have been booked with this visit type: make it inactive instead of deleting it.');
  }
}
