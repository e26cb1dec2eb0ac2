import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import { formatIsoInZone } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { rangeBoundSchema } from './appointment.schemas';
import { requireSchedulingActor } from './scheduling-access';
import { resolveRange } from './scheduling-range';
import { deleteScheduleException, insertScheduleException, listUpcomingExceptions } from './schedule-exceptions.repo';
import { listClinicianMembers } from './schedule.repo';

const addTimeOffSchema = z.object({
  clinicianId: z.uuid({ error: 'Choose a clinician.' }).optional(),
  from: rangeBoundSchema,
  to: rangeBoundSchema,
  reason: z.string({ error: 'Say why (holiday, training...).' }).trim().min(1, 'Say why (holiday, training...).').max(200, 'Keep the reason under 200 characters.'),
});
const removeTimeOffSchema = z.object({ id: z.uuid({ error: 'That time-off reference is not valid.' }), clinicianId: z.uuid().optional() });

export interface TimeOffView {
  id: string;
  from: string;
  to: string;
  reason: string;
}

/** Whose time off: a clinician manages their own; other schedule staff any clinician of the clinic. */
async function resolveClinician(principal: Principal, action: string, requested: string | undefined) {
  const subject = { action, entityType: 'schedule_exception', entityId: null };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  if (actor.kind === 'patient' || (actor.kind === 'clinician' && requested && requested !== actor.userId)) {
    await recordDenial(principal, subject);
    throw forbidden('You can only manage your own time off.');
  }
  const clinicianId = actor.kind === 'clinician' ? actor.userId : requested;
  if (!clinicianId) throw validationFailed({ clinicianId: ['Choose a clinician.'] });
  if (!(await listClinicianMembers(clinic.id)).some((m) => m.userId === clinicianId)) {
    throw new AppError('not_found', 'The clinician was not found at this clinic.', { clinicianId: ['No such clinician at this clinic.'] });
  }
  return { clinic, clinicianId };
}

/** Records time off (whole clinic-local days, or exact instants). Overlapping time off is refused by the database. */
export async function addTimeOff(principal: Principal, raw: unknown): Promise<{ id: string }> {
  const parsed = addTimeOffSchema.safeParse(raw);
  const { clinic, clinicianId } = await resolveClinician(principal, 'schedule_exception.add', parsed.success ? parsed.data.clinicianId : undefined);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const range = resolveRange(parsed.data.from, parsed.data.to, clinic.timeZone, 366);
  const id = randomUUID();
  const outcome = await insertScheduleException(
    { id, clinicId: clinic.id, clinicianUserId: clinicianId, startsAt: range.from, endsAt: range.to, reason: parsed.data.reason },
    auditEventOf(principal, { action: 'schedule_exception.add', entityType: 'schedule_exception', entityId: id }, 'allowed'),
  );
  if (outcome === 'overlap') throw new AppError('conflict', 'This overlaps time off already recorded.', { from: ['Overlaps time off already recorded; change or remove that first.'] });
  return { id };
}

export async function listTimeOff(principal: Principal, clinicianId?: string, now = new Date()): Promise<TimeOffView[]> {
  const { clinic, clinicianId: whose } = await resolveClinician(principal, 'schedule_exception.list', clinicianId);
  const rows = await listUpcomingExceptions(clinic.id, whose, now);
  return rows.map((r) => ({ id: r.id, from: formatIsoInZone(r.startsAt, clinic.timeZone), to: formatIsoInZone(r.endsAt, clinic.timeZone), reason: r.reason }));
}

export async function removeTimeOff(principal: Principal, raw: unknown): Promise<void> {
  const parsed = removeTimeOffSchema.safeParse(raw);
  const { clinic, clinicianId } = await resolveClinician(principal, 'schedule_exception.remove', parsed.success ? parsed.data.clinicianId : undefined);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const removed = await deleteScheduleException(clinic.id, clinicianId, parsed.data.id, auditEventOf(principal, { action: 'schedule_exception.remove', entityType: 'schedule_exception', entityId: parsed.data.id }, 'allowed'));
  if (!removed) throw notFound('The time off');
}
