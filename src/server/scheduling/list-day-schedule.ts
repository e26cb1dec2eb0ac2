import { addDays, firstInstantAtOrAfter, localDateOf, parseIsoDate, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { appointmentScopeOf, requireSchedulingActor } from './scheduling-access';
import { scheduleEntryOf } from './schedule-entries';
import type { ScheduleEntry } from './schedule-views.schemas';
import { listNamedAppointments } from './schedule-views.repo';

export interface DaySchedule {
  /** The clinic-local day shown (YYYY-MM-DD), its neighbours, and the clinic's zone. */
  date: string;
  previous: string;
  next: string;
  today: string;
  timeZone: string;
  clinicName: string;
  entries: ScheduleEntry[];
}

/**
 * One clinic-local day of the schedule: a clinician's own visits, or every clinician's for other
 * schedule staff. An unreadable date shows today. Reading it is audited (it lists patients).
 */
export async function listDaySchedule(principal: Principal, requestedDate: string | undefined, now = new Date()): Promise<DaySchedule> {
  const subject = { action: 'appointment.list', entityType: 'appointment', entityId: null };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  const today = localDateOf(now, clinic.timeZone);
  const day = (requestedDate && parseIsoDate(requestedDate)) || today;
  const from = firstInstantAtOrAfter(day, 0, clinic.timeZone);
  const to = firstInstantAtOrAfter(addDays(day, 1), 0, clinic.timeZone);
  const scope = actor.kind === 'patient' ? null : await appointmentScopeOf(actor, principal);
  const rows = scope ? await listNamedAppointments(clinic.id, scope, { from, to }, 'asc', 1000) : [];
  if (scope) await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
  return {
    date: toIsoDate(day),
    previous: toIsoDate(addDays(day, -1)),
    next: toIsoDate(addDays(day, 1)),
    today: toIsoDate(today),
    timeZone: clinic.timeZone,
    clinicName: clinic.name,
    entries: rows.map((row) => scheduleEntryOf(row, clinic, now)),
  };
}
