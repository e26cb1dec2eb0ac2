import { randomUUID } from 'node:crypto';
import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import { formatIsoInZone, localDateOf, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import type { AppointmentDetail } from './appointment.schemas';
import { patientExistsInClinic } from './appointments.repo';
import { bookAppointment } from './book-appointment';
import { requireBookableVisit } from './bookable-visit';
import { requireSchedulingActor } from './scheduling-access';
import { findVisitType, type ClinicSchedulingSettings } from './schedule.repo';
import { findWaitlistEntry, insertWaitlistEntry, listOpenWaitlist, setWaitlistStatus } from './waitlist.repo';
import { addToWaitlistSchema, waitlistEntryIdSchema, waitlistEntryViewSchema, type WaitlistEntryView } from './waitlist.schemas';

/** The waitlist is the front desk's (schedule staff); patients do not see it. */
async function requireWaitlistStaff(principal: Principal, action: string, entityId: string | null): Promise<ClinicSchedulingSettings> {
  const subject = { action, entityType: 'waitlist_entry', entityId };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  if (actor.kind === 'patient') {
    await recordDenial(principal, subject);
    throw forbidden('The clinic keeps the waitlist.');
  }
  return clinic;
}

export async function addToWaitlist(principal: Principal, raw: unknown, now = new Date()): Promise<{ id: string }> {
  const clinic = await requireWaitlistStaff(principal, 'waitlist.add', null);
  const parsed = addToWaitlistSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (input.notAfter < toIsoDate(localDateOf(now, clinic.timeZone))) throw validationFailed({ notAfter: ['"Until" is in the past.'] });
  if (!(await patientExistsInClinic(clinic.id, input.patientId))) throw new AppError('not_found', 'The patient was not found at this clinic.', { patientId: ['No such patient at this clinic.'] });
  if (input.clinicianId) await requireBookableVisit(clinic, input.clinicianId, input.visitTypeId);
  else if (!(await findVisitType(clinic.id, input.visitTypeId))?.active) throw validationFailed({ visitTypeId: ['Choose a visit type the clinic offers.'] });
  const id = randomUUID();
  await insertWaitlistEntry(
    { id, clinicId: clinic.id, patientId: input.patientId, visitTypeId: input.visitTypeId, clinicianUserId: input.clinicianId ?? null, notBefore: input.notBefore, notAfter: input.notAfter, note: input.note || null, createdByUserId: principal.userId, createdAt: now },
    auditEventOf(principal, { action: 'waitlist.add', entityType: 'waitlist_entry', entityId: id }, 'allowed'),
  );
  return { id };
}

export async function listWaitlist(principal: Principal): Promise<WaitlistEntryView[]> {
  const clinic = await requireWaitlistStaff(principal, 'waitlist.list', null);
  const rows = await listOpenWaitlist(clinic.id);
  return rows.map((row) =>
    waitlistEntryViewSchema.parse({
      ...row,
      patientName: `${row.givenName} ${row.familyName}`,
      offeredStart: row.offeredStart ? formatIsoInZone(row.offeredStart, clinic.timeZone) : null,
    }),
  );
}

export async function removeFromWaitlist(principal: Principal, raw: unknown): Promise<void> {
  const parsed = waitlistEntryIdSchema.safeParse(raw);
  const clinic = await requireWaitlistStaff(principal, 'waitlist.remove', parsed.success ? parsed.data.entryId : null);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const done = await setWaitlistStatus(clinic.id, parsed.data.entryId, 'removed', auditEventOf(principal, { action: 'waitlist.remove', entityType: 'waitlist_entry', entityId: parsed.data.entryId }, 'allowed'));
  if (!done) throw notFound('The waitlist entry');
}

/** Books the time offered to a waiting patient; if someone took it meanwhile, the booking says slot_taken. */
export async function bookFromWaitlist(principal: Principal, raw: unknown, now = new Date()): Promise<AppointmentDetail> {
  const parsed = waitlistEntryIdSchema.safeParse(raw);
  const clinic = await requireWaitlistStaff(principal, 'waitlist.book', parsed.success ? parsed.data.entryId : null);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const entry = await findWaitlistEntry(clinic.id, parsed.data.entryId);
  if (!entry) throw notFound('The waitlist entry');
  if (entry.status !== 'offered' || !entry.offeredStart || !entry.offeredClinicianUserId) throw new AppError('conflict', 'No time has been offered to this patient yet.');
  const booked = await bookAppointment(
    principal,
    { clinicId: clinic.id, clinicianId: entry.offeredClinicianUserId, visitTypeId: entry.visitTypeId, start: entry.offeredStart.toISOString(), patientId: entry.patientId },
    now,
  );
  await setWaitlistStatus(clinic.id, entry.id, 'booked', auditEventOf(principal, { action: 'waitlist.book', entityType: 'waitlist_entry', entityId: entry.id }, 'allowed'));
  return booked;
}
