import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canDocumentVisits, ownVisitClinicOf } from './encounter.policy';
import { requireClinicianVisit, requireOwnVisit } from './visit-access';
import type { VisitContext } from './visit-context.repo';

const appointmentIdSchema = z.uuid({ error: 'Appointment id must be a UUID.' });

/**
 * For the visit JSON routes, which a visit's patient and the clinic's clinicians share: who is asking, and the visit.
 * Anyone else, another clinic's visit and another patient's visit answer 404 (audited); a malformed id from someone
 * who may use the route answers 422 naming the field.
 */
export async function requireVisitReader(principal: Principal, raw: unknown, action: string): Promise<{ as: 'patient' | 'clinician'; ctx: VisitContext }> {
  const as = ownVisitClinicOf(principal) ? 'patient' : canDocumentVisits(principal) ? 'clinician' : null;
  if (!as) {
    await recordDenial(principal, { action, entityType: 'appointment', entityId: null });
    throw notFound('The visit');
  }
  const parsed = appointmentIdSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed({ appointmentId: parsed.error.issues.map((i) => i.message) });
  const ctx = as === 'patient' ? await requireOwnVisit(principal, parsed.data, action) : await requireClinicianVisit(principal, parsed.data, action);
  return { as, ctx };
}
