import { TZDate } from '@date-fns/tz';
import { AppError, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { clinicTimeZoneOf } from '@/server/clinics/clinics.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { EXCLUSION_VIOLATION, sqlStateOf } from './db-error';
import { requireClinicianOfClinic } from './require-clinician';
import { scheduleExceptionSchema } from './schedule.schemas';
import { insertException } from './schedules.repo';

/** A wall-clock time without an offset is the clinic's local time (DST resolved by the time zone). */
export function instantOf(value: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return new Date(value);
  const [date, time] = value.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime());
}

/**
 * Time a clinician is away. Overlap with another of their exceptions is refused by the database's
 * exclusion constraint (schedule_exceptions_no_overlap), so two admins adding at once cannot both win.
 */
export async function addScheduleException(principal: Principal, raw: unknown): Promise<{ id: string }> {
  const parsed = scheduleExceptionSchema.safeParse(raw);
  const subject = { action: 'schedule.exception.create', entityType: 'clinician_schedule', entityId: parsed.success ? parsed.data.clinicianUserId : null };
  const clinicId = await requireClinicianOfClinic(principal, parsed.success ? parsed.data.clinicianUserId : null, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const timeZone = (await clinicTimeZoneOf(clinicId))!;
  const startsAt = instantOf(parsed.data.startsAt, timeZone);
  const endsAt = instantOf(parsed.data.endsAt, timeZone);
  if (Number.isNaN(startsAt.getTime())) throw validationFailed({ startsAt: ['Start must be a real date and time.'] });
  if (Number.isNaN(endsAt.getTime())) throw validationFailed({ endsAt: ['End must be a real date and time.'] });
  if (endsAt <= startsAt) throw validationFailed({ endsAt: ['End must be after start.'] });
  try {
    const id = await insertException(
      { clinicId, clinicianUserId: parsed.data.clinicianUserId, startsAt, endsAt, reason: parsed.data.reason },
      () => auditEventOf(principal, subject, 'allowed'),
    );
    return { id };
  } catch (error) {
    if (sqlStateOf(error) !== EXCLUSION_VIOLATION) throw error;
    const message = 'This overlaps another exception of this clinician. Change the dates or remove the other exception first.';
    throw new AppError('conflict', message, { startsAt: [message] });
  }
}
