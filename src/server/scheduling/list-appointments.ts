import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { listAppointmentsQuerySchema, type AppointmentView } from './appointment.schemas';
import { appointmentView } from './appointment-views';
import { listAppointmentsInRange } from './appointments.repo';
import { appointmentScopeOf, requireSchedulingActor } from './scheduling-access';
import { resolveRange } from './scheduling-range';

export const PAGE_LIMIT = 1000;
const MAX_RANGE_DAYS = 366;

const encodeCursor = (row: { startsAt: Date; id: string }) => Buffer.from(`${row.startsAt.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { startsAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startsAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(startsAt.getTime())) {
    throw validationFailed({ cursor: ['The cursor is not valid; use the "next" value of the previous page.'] });
  }
  return { startsAt, id };
}

/**
 * Appointments starting in [from, to) that the caller may see (patient: their own; clinician: their
 * own; other schedule staff: the clinic's), by start time, up to 1,000 a page with a `next` cursor.
 */
export async function listAppointments(principal: Principal, raw: unknown): Promise<{ appointments: AppointmentView[]; next: string | null }> {
  const subject = { action: 'appointment.list', entityType: 'appointment', entityId: null };
  const { actor, clinic } = await requireSchedulingActor(principal, subject);
  const parsed = listAppointmentsQuerySchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const range = resolveRange(parsed.data.from, parsed.data.to, clinic.timeZone, MAX_RANGE_DAYS);
  const limit = parsed.data.limit ?? PAGE_LIMIT;
  const after = parsed.data.cursor ? decodeCursor(parsed.data.cursor) : undefined;
  const scope = await appointmentScopeOf(actor, principal);
  if (!scope) return { appointments: [], next: null };
  const rows = await listAppointmentsInRange(clinic.id, scope, range.from, range.to, limit + 1, after);
  const page = rows.slice(0, limit);
  await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
  const last = page.at(-1);
  return { appointments: page.map((row) => appointmentView(row, clinic.timeZone)), next: rows.length > limit && last ? encodeCursor(last) : null };
}

