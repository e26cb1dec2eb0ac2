import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import type { SchedulingActor } from './appointment.policy';
import { findAppointment, type AppointmentRow } from './appointments.repo';
import type { ClinicSchedulingSettings } from './schedule.repo';
import { appointmentScopeOf, inScope, requireSchedulingActor } from './scheduling-access';

/**
 * An appointment the principal may see, in their active clinic. Another clinic's appointment, or one
 * outside their view (a patient's other patients, a clinician's colleagues), is not found, audited.
 */
export async function findVisibleAppointment(
  principal: Principal,
  appointmentId: string,
  action: string,
): Promise<{ actor: SchedulingActor; clinic: ClinicSchedulingSettings; row: AppointmentRow }> {
  const subject = { action, entityType: 'appointment', entityId: appointmentId };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  const [row, scope] = await Promise.all([findAppointment(clinic.id, appointmentId), appointmentScopeOf(actor, principal)]);
  if (!row || !inScope(scope, row)) {
    await recordDenial(principal, subject);
    throw notFound('The appointment');
  }
  return { actor, clinic, row };
}
