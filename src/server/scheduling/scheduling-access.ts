import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial, type AuditSubject } from '@/server/audit/record-audit-event';
import { schedulingActorOf, type SchedulingActor } from './appointment.policy';
import { findOwnPatientId, type AppointmentScope } from './appointments.repo';
import { findClinicSettings, type ClinicSchedulingSettings } from './schedule.repo';

/**
 * The acting person and their clinic, for a request about `clinicId` (or their active clinic).
 * Anyone who may not use that clinic's schedule, including members of another clinic, gets the
 * same 404 as for a clinic that does not exist, and the refusal is audited.
 */
export async function requireSchedulingActor(
  principal: Principal,
  subject: AuditSubject,
  clinicId?: string,
): Promise<{ actor: SchedulingActor; clinic: ClinicSchedulingSettings }> {
  const actor = schedulingActorOf(principal);
  const clinic = actor && (!clinicId || clinicId === actor.clinicId) ? await findClinicSettings(actor.clinicId) : undefined;
  if (!actor || !clinic) {
    await recordDenial(principal, subject);
    throw notFound(clinicId ? 'The clinic' : 'The record');
  }
  return { actor, clinic };
}

/** Which appointments the actor may see: a patient their own, a clinician their own, other staff the clinic's. Null: none. */
export async function appointmentScopeOf(actor: SchedulingActor, principal: Principal): Promise<AppointmentScope | null> {
  if (actor.kind === 'clinician') return { clinicianUserId: actor.userId };
  if (actor.kind === 'clinic_staff') return {};
  const patientId = await findOwnPatientId(actor.clinicId, principal.userId);
  return patientId ? { patientId } : null;
}

export function inScope(scope: AppointmentScope | null, row: { patientId: string; clinicianUserId: string }): boolean {
  if (!scope) return false;
  if ('patientId' in scope) return row.patientId === scope.patientId;
  if ('clinicianUserId' in scope) return row.clinicianUserId === scope.clinicianUserId;
  return true;
}
