import { z } from 'zod';
import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canDocumentVisits, ownVisitClinicOf } from './encounter.policy';
import { findVisitContext, type VisitContext } from './visit-context.repo';

const idSchema = z.uuid();

async function resolve(principal: Principal, raw: unknown, action: string, clinicOf: (p: Principal) => string | null, allowed: (ctx: VisitContext) => boolean): Promise<VisitContext> {
  const parsed = idSchema.safeParse(raw);
  const appointmentId = parsed.success ? parsed.data : null;
  const clinicId = clinicOf(principal);
  const ctx = appointmentId && clinicId ? await findVisitContext(clinicId, appointmentId) : undefined;
  if (ctx && allowed(ctx)) return ctx;
  await recordDenial(principal, { action, entityType: 'appointment', entityId: appointmentId });
  throw notFound('The visit');
}

/** The patient's own appointment in their active clinic; anything else is not found (and the refusal audited). */
export function requireOwnVisit(principal: Principal, appointmentId: unknown, action: string): Promise<VisitContext> {
  return resolve(principal, appointmentId, action, ownVisitClinicOf, (ctx) => ctx.patientUserId === principal.userId);
}

/** An appointment of the clinician's active clinic, for documenting the visit. */
export function requireClinicianVisit(principal: Principal, appointmentId: unknown, action: string): Promise<VisitContext> {
  return resolve(principal, appointmentId, action, (p) => (canDocumentVisits(p) ? (p.active?.clinicId ?? null) : null), () => true);
}
