import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { appointmentScopeOf, requireSchedulingActor } from './scheduling-access';
import { scheduleEntryOf } from './schedule-entries';
import type { ScheduleEntry } from './schedule-views.schemas';
import { listNamedAppointments } from './schedule-views.repo';

/** A patient's own visits at their active clinic: upcoming (soonest first) and past (latest first). */
export async function listMyAppointments(principal: Principal, now = new Date()): Promise<{ upcoming: ScheduleEntry[]; past: ScheduleEntry[] }> {
  const subject = { action: 'appointment.list', entityType: 'appointment', entityId: null };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  const scope = actor.kind === 'patient' ? await appointmentScopeOf(actor, principal) : null;
  if (!scope) return { upcoming: [], past: [] };
  const [upcoming, past] = await Promise.all([
    listNamedAppointments(clinic.id, scope, { from: now }, 'asc', 200),
    listNamedAppointments(clinic.id, scope, { to: now }, 'desc', 50),
  ]);
  await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
  return { upcoming: upcoming.map((row) => scheduleEntryOf(row, clinic, now)), past: past.map((row) => scheduleEntryOf(row, clinic, now)) };
}
