import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { notifyAppointmentChange } from '@/server/notifications/notify-appointment-change';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { z } from 'zod';
import { canMoveTo, tooEarlyFor, withinNoticePeriod, type SchedulingActor } from './appointment.policy';
import { changeAppointmentSchema, type AppointmentDetail, type SettableStatus } from './appointment.schemas';
import { appointmentDetail } from './appointment-views';
import { settleCancelledVisit } from '@/server/billing/refund-visit-payment';
import { findAppointment, updateAppointment, type AppointmentChange, type AppointmentRow } from './appointments.repo';
import { requireBookableVisit } from './bookable-visit';
import { findVisibleAppointment } from './find-visible-appointment';
import type { ClinicSchedulingSettings } from './schedule.repo';
import { offerFreedSlot } from './offer-freed-slot';
import { sendVisitMail } from './send-booking-confirmation';
import { loadSlotInput } from './slot-input';
import { requireAvailableStart, slotTaken } from './start-check';

const statusActions: Record<SettableStatus, string> = {
  cancelled: 'appointment.cancel',
  arrived: 'appointment.arrive',
  completed: 'appointment.complete',
  no_show: 'appointment.no_show',
  booked: 'appointment.reopen',
};

/**
 * PATCH an appointment: `{ start }` reschedules (same visit type; staff may also move it to another
 * clinician), `{ status }` cancels or records arrival, completion or a no-show. Patients may only
 * reschedule or cancel their own, and only until the clinic's notice period; staff any time.
 */
export async function changeAppointment(principal: Principal, appointmentId: string, raw: unknown, now = new Date()): Promise<AppointmentDetail> {
  if (!z.uuid().safeParse(appointmentId).success) throw notFound('The appointment');
  const parsed = changeAppointmentSchema.safeParse(raw);
  const action = parsed.success && 'status' in parsed.data ? statusActions[parsed.data.status] : 'appointment.reschedule';
  const { actor, clinic, row } = await findVisibleAppointment(principal, appointmentId, action);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const subject = { action, entityType: 'appointment', entityId: row.id };

  if (actor.kind === 'patient' && 'status' in parsed.data && parsed.data.status !== 'cancelled') {
    await recordDenial(principal, subject);
    throw forbidden('The clinic records arrivals and visit outcomes.');
  }
  if (actor.kind === 'patient') await refuseLateChange(principal, subject, clinic, row, now);
  const change =
    'start' in parsed.data ? await rescheduled(principal, actor, clinic, row, parsed.data, now) : statusChange(row, parsed.data.status, principal.userId, now);

  const outcome = await updateAppointment(clinic.id, row.id, row.status, change, auditEventOf(principal, subject, 'allowed'));
  if (outcome === 'slot_taken') throw slotTaken();
  if (outcome === 'changed') throw new AppError('conflict', 'This appointment changed meanwhile; reload to see its current state.');
  // A cancellation or a move frees the old time: offer it to the waitlist.
  if (change.status === 'cancelled' || change.startsAt) await offerFreedSlot(principal, clinic, row, now);
  if (change.status === 'cancelled') await settleCancelledVisit({ clinicId: clinic.id, appointmentId: row.id, startsAt: row.startsAt, cancellationNoticeHours: clinic.cancellationNoticeHours, byStaff: actor.kind !== 'patient' }, now);
  await notifyAppointmentChange(clinic.id, row.id, 'start' in parsed.data ? 'appointment.rescheduled' : change.status === 'cancelled' ? 'appointment.cancelled' : null, principal.userId, now);
  const updated = await findAppointment(clinic.id, row.id);
  if (!updated) throw notFound('The appointment');
  if (change.status === 'cancelled' || change.startsAt) {
    const visit = { id: updated.id, clinicId: clinic.id, patientId: updated.patientId, clinicianUserId: updated.clinicianUserId, visitTypeId: updated.visitTypeId, start: updated.startsAt, end: updated.endsAt, timeZone: clinic.timeZone, cancellationNoticeHours: clinic.cancellationNoticeHours };
    await sendVisitMail(change.status === 'cancelled' ? 'cancelled' : 'moved', visit, now);
  }
  return appointmentDetail(updated, clinic.timeZone);
}

async function refuseLateChange(principal: Principal, subject: { action: string; entityType: string; entityId: string }, clinic: ClinicSchedulingSettings, row: AppointmentRow, now: Date) {
  if (!withinNoticePeriod(row.startsAt, now, clinic.cancellationNoticeHours)) return;
  await recordDenial(principal, subject);
  throw new AppError(
    'conflict',
    `This visit is less than ${clinic.cancellationNoticeHours} hours away, so it can no longer be changed or cancelled online. Please contact ${clinic.name} directly.`,
  );
}

function statusChange(row: AppointmentRow, status: SettableStatus, userId: string, now: Date): AppointmentChange {
  if (!canMoveTo(row.status, status)) {
    throw new AppError('conflict', `A visit that is ${row.status.replace('_', ' ')} cannot be marked ${status.replace('_', ' ')}.`, { status: ['This change is not possible from the current status.'] });
  }
  if (tooEarlyFor(status, row.startsAt, now)) throw validationFailed({ status: ['A no-show can be recorded only once the visit should have started.'] });
  return status === 'cancelled' ? { status, cancelledAt: now, cancelledByUserId: userId } : { status };
}

async function rescheduled(
  principal: Principal,
  actor: SchedulingActor,
  clinic: ClinicSchedulingSettings,
  row: AppointmentRow,
  input: { start: string; clinicianId?: string },
  now: Date,
): Promise<AppointmentChange> {
  if (row.status !== 'booked') throw new AppError('conflict', `A visit that is ${row.status.replace('_', ' ')} cannot be rescheduled.`);
  const clinicianId = input.clinicianId ?? row.clinicianUserId;
  if (actor.kind !== 'clinic_staff' && clinicianId !== row.clinicianUserId) {
    await recordDenial(principal, { action: 'appointment.reschedule', entityType: 'appointment', entityId: row.id });
    throw forbidden('Only the front desk can move a visit to another clinician.');
  }
  const visitType = await requireBookableVisit(clinic, clinicianId, row.visitTypeId);
  const start = new Date(input.start);
  const slotInput = await loadSlotInput(clinic, clinicianId, visitType, { from: start, to: new Date(start.getTime() + 60_000) }, now, row.id);
  const slot = requireAvailableStart(start, slotInput);
  return { clinicianUserId: clinicianId, startsAt: slot.start, endsAt: slot.end, blockedFrom: slot.blockedFrom, blockedUntil: slot.blockedUntil };
}
