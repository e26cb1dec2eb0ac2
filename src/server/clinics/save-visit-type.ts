import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { visitTypeSchema } from './clinic-settings.schemas';
import { saveVisitType as write } from './clinic-settings.repo';
import { sqlStateOf, UNIQUE_VIOLATION } from './db-error';
import { requireClinicConfig } from './require-clinic-config';

/** Creates a visit type, or updates one of the active clinic's (another clinic's id is not found). */
export async function saveVisitType(principal: Principal, raw: unknown): Promise<{ id: string }> {
  const parsed = visitTypeSchema.safeParse(raw);
  const id = parsed.success ? (parsed.data.id ?? null) : null;
  const subject = { action: id ? 'clinic.visit-type.update' : 'clinic.visit-type.create', entityType: 'visit_type', entityId: id };
  const clinicId = await requireClinicConfig(principal, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  try {
    const saved = await write(clinicId, parsed.data, (savedId) => auditEventOf(principal, { ...subject, entityId: savedId }, 'allowed'));
    if (!saved) {
      await recordDenial(principal, subject);
      throw notFound('The visit type');
    }
    return { id: saved };
  } catch (error) {
    if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
    const message = `The clinic already has a visit type named "${parsed.data.name}".`;
    throw new AppError('conflict', message, { name: [message] });
  }
}
