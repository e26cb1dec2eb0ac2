import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { requireClinicianVisit } from '@/server/encounters/visit-access';
import type { VisitContext } from '@/server/encounters/visit-context.repo';

/** A visit of the clinician's clinic, for someone who may prescribe; anything else is not found (audited). */
export async function requirePrescriberVisit(principal: Principal, appointmentId: unknown, action: string): Promise<VisitContext> {
  const ctx = await requireClinicianVisit(principal, appointmentId, action);
  if (!principal.permissions.has('prescriptions:write')) {
    await recordDenial(principal, { action, entityType: 'appointment', entityId: ctx.appointmentId });
    throw notFound('The visit');
  }
  return ctx;
}
