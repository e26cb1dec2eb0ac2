import { forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial, type AuditSubject } from '@/server/audit/record-audit-event';
import { configurableClinicOf } from './clinic-settings.policy';

/** The active clinic, if the principal may configure it; otherwise the refusal is recorded and raised. */
export async function requireClinicConfig(principal: Principal, subject: AuditSubject): Promise<string> {
  const clinicId = configurableClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, subject);
    throw forbidden('Only a clinic admin can change the clinic settings.');
  }
  return clinicId;
}
