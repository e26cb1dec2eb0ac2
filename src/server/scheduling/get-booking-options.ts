import { localDateOf, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { listClinicians } from './list-clinicians';
import { requireSchedulingActor } from './scheduling-access';
import { bookingOptionsSchema, type BookingOptions } from './schedule-views.schemas';
import { listVisitTypes } from './schedule.repo';
import { listClinicPatients } from './schedule-views.repo';

/** What the booking form offers: the clinic's bookable clinicians and visit types, and (front desk) its patients. */
export async function getBookingOptions(principal: Principal, now = new Date()): Promise<BookingOptions> {
  const { actor, clinic } = await requireSchedulingActor(principal, { action: 'schedule.options', entityType: 'clinic', entityId: null });
  const [{ clinicians }, visitTypes] = await Promise.all([listClinicians(principal, clinic.id), listVisitTypes(clinic.id)]);
  let patients: BookingOptions['patients'] = [];
  if (actor.kind !== 'patient') {
    const rows = await listClinicPatients(clinic.id, 500);
    await insertAuditEvent(auditEventOf(principal, { action: 'patient.list', entityType: 'patient', entityId: null }, 'allowed'));
    patients = rows.map((p) => ({ id: p.id, label: `${p.familyName}, ${p.givenName} (${p.recordNumber})` }));
  }
  return bookingOptionsSchema.parse({
    clinic: { id: clinic.id, name: clinic.name, timeZone: clinic.timeZone, cancellationNoticeHours: clinic.cancellationNoticeHours, horizonDays: clinic.bookingHorizonDays },
    clinicians,
    visitTypes: visitTypes.filter((t) => t.active).map((t) => ({ id: t.id, name: t.name, durationMinutes: t.durationMinutes, mode: t.mode })),
    forStaff: actor.kind !== 'patient',
    patients,
    today: toIsoDate(localDateOf(now, clinic.timeZone)),
  });
}
