import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial, type AuditSubject } from '@/server/audit/record-audit-event';
import { requireClinicConfig } from './require-clinic-config';
import { isActiveClinician } from './schedules.repo';

/** The admin's clinic, when the clinician is an active clinician there; anyone else is not found (and the refusal recorded). */
export async function requireClinicianOfClinic(principal: Principal, clinicianUserId: string | null, subject: AuditSubject): Promise<string> {
  const clinicId = await requireClinicConfig(principal, subject);
  if (clinicianUserId && !(await isActiveClinician(clinicId, clinicianUserId))) {
    await recordDenial(principal, subject);
    throw notFound('The clinician');
  }
  return clinicId;
}
