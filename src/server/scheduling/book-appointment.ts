import { randomUUID } from 'node:crypto';
import { AppError, validationFailed } from '@/lib/errors';
import { holdVisitPaymentIfRequired } from '@/server/billing/hold-visit-payment';
import { assertWithinPlan } from '@/server/billing/plan-limits';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { notifyAppointmentChange } from '@/server/notifications/notify-appointment-change';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { bookAppointmentSchema, type AppointmentDetail } from './appointment.schemas';
import { appointmentDetail } from './appointment-views';
import { findOwnPatientId, insertAppointment, patientExistsInClinic } from './appointments.repo';
import { requireBookableVisit } from './bookable-visit';
import { requireSchedulingActor } from './scheduling-access';
import { loadSlotInput } from './slot-input';
import { sendBookingConfirmation, sendVisitMail } from './send-booking-confirmation';
import { requireAvailableStart, slotTaken } from './start-check';
import type { SchedulingActor } from './appointment.policy';

const subject = (entityId: string | null) => ({ action: 'appointment.book', entityType: 'appointment', entityId });

/**
 * Books a visit. A patient books for themself (their own record in the clinic); schedule staff book
 * for a patient of their clinic. The start must be one of the clinician's available slots; if two
 * requests race for it, the database lets exactly one in and the others answer slot_taken.
 */
export async function bookAppointment(principal: Principal, raw: unknown, now = new Date()): Promise<AppointmentDetail> {
  const parsed = bookAppointmentSchema.safeParse(raw);
  const requestedClinic = parsed.success ? parsed.data.clinicId : undefined;
  const { actor, clinic } = await requireSchedulingActor(principal, subject(null), requestedClinic);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const input = parsed.data;

  const patientId = await patientFor(principal, actor, input.patientId);
  const visitType = await requireBookableVisit(clinic, input.clinicianId, input.visitTypeId);
  const start = new Date(input.start);
  const slotInput = await loadSlotInput(clinic, input.clinicianId, visitType, { from: start, to: new Date(start.getTime() + 60_000) }, now);
  const slot = requireAvailableStart(start, slotInput);

  await assertWithinPlan(clinic.id, 'appointments', now, slot.start);
  const id = randomUUID();
  const reason = input.reason ? input.reason : null;
  const outcome = await insertAppointment(
    { id, clinicId: clinic.id, patientId, clinicianUserId: input.clinicianId, visitTypeId: visitType.id, startsAt: slot.start, endsAt: slot.end, blockedFrom: slot.blockedFrom, blockedUntil: slot.blockedUntil, reason, bookedByUserId: principal.userId },
    auditEventOf(principal, subject(id), 'allowed'),
  );
  if (outcome === 'slot_taken') throw slotTaken();
  const hold = await holdVisitPaymentIfRequired({ clinicId: clinic.id, appointmentId: id, patientId, visitTypeId: visitType.id, byPatient: actor.kind === 'patient' }, now);
  await notifyAppointmentChange(clinic.id, id, 'appointment.booked', principal.userId, now, hold?.holdExpiresAt);
  const booked = { id, clinicId: clinic.id, patientId, clinicianUserId: input.clinicianId, visitTypeId: visitType.id, start: slot.start, end: slot.end, timeZone: clinic.timeZone, cancellationNoticeHours: clinic.cancellationNoticeHours };
  // A visit held for payment is not confirmed yet: the patient is told it is held, and until when; the
  // confirmation with its calendar file follows when the payment arrives (billing's webhook).
  if (hold) await sendVisitMail('held', booked, now, hold.holdExpiresAt);
  else await sendBookingConfirmation(booked);
  const detail = appointmentDetail(
    { id, clinicId: clinic.id, patientId, clinicianUserId: input.clinicianId, visitTypeId: visitType.id, startsAt: slot.start, endsAt: slot.end, blockedFrom: slot.blockedFrom, blockedUntil: slot.blockedUntil, status: 'booked', reason },
    clinic.timeZone,
  );
  // The patient pays on the Payments page (Stripe Checkout); the visit is held, not yet confirmed, until then.
  return hold ? { ...detail, payment: { required: true, payUrl: '/patient/payments' } } : detail;
}

/** Whose visit this is: the patient's own record, or (staff) a patient of the clinic. Another clinic's patient is not found. */
async function patientFor(principal: Principal, actor: SchedulingActor, requested: string | undefined): Promise<string> {
  if (actor.kind === 'patient') {
    const own = await findOwnPatientId(actor.clinicId, principal.userId);
    if (!own) throw validationFailed({ patientId: ['Complete your patient profile with this clinic before booking.'] });
    if (requested && requested !== own) {
      await recordDenial(principal, { action: 'appointment.book', entityType: 'patient', entityId: requested });
      throw new AppError('not_found', 'The patient was not found.', { patientId: ['You can book only for yourself.'] });
    }
    return own;
  }
  if (!requested) throw validationFailed({ patientId: ['Choose the patient to book for.'] });
  if (!(await patientExistsInClinic(actor.clinicId, requested))) {
    await recordDenial(principal, { action: 'appointment.book', entityType: 'patient', entityId: requested });
    throw new AppError('not_found', 'The patient was not found at this clinic.', { patientId: ['No such patient at this clinic.'] });
  }
  return requested;
}
