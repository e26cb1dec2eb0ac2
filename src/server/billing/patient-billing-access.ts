import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { findOwnPatient } from './patient-payments.repo';

/** The signed-in patient's own record in their active clinic; anything else is not found. */
export async function requireOwnPatient(principal: Principal, action: string): Promise<{ clinicId: string; patientId: string }> {
  const clinicId = principal.active?.clinicId;
  const patientId = clinicId && principal.active?.role === 'patient' && principal.permissions.has('own-care:read') ? await findOwnPatient(clinicId, principal.userId) : undefined;
  if (!clinicId || !patientId) {
    await recordDenial(principal, { action, entityType: 'patient', entityId: null });
    throw notFound('Your patient record');
  }
  return { clinicId, patientId };
}
