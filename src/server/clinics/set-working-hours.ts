import { validationFailed, type FieldErrors } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { rangesOverlap, withinOpeningHours } from './clinic-settings.policy';
import { weekdayNames } from './clinic-settings.schemas';
import { requireClinicianOfClinic } from './require-clinician';
import { workingHoursSchema } from './schedule.schemas';
import { findOpeningWeek, replaceWorkingHours } from './schedules.repo';
import { hhmm, minutesOf } from './time-of-day';

/**
 * A clinician's weekly working hours at the admin's clinic, replacing the previous week as a whole.
 * Rule (documented for the slot engine): every range lies within the clinic's opening hours of that
 * weekday, and no hours on a day the clinic is closed; ranges of one day never overlap.
 */
export async function setWorkingHours(principal: Principal, raw: unknown): Promise<void> {
  const parsed = workingHoursSchema.safeParse(raw);
  const subject = { action: 'schedule.working-hours.update', entityType: 'clinician_schedule', entityId: parsed.success ? parsed.data.clinicianUserId : null };
  const clinicId = await requireClinicianOfClinic(principal, parsed.success ? parsed.data.clinicianUserId : null, subject);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const opening = new Map((await findOpeningWeek(clinicId)).map((o) => [o.weekday, { opens: minutesOf(o.opensAt), closes: minutesOf(o.closesAt), text: `${hhmm(o.opensAt)}–${hhmm(o.closesAt)}` }]));
  const errors: FieldErrors = {};
  parsed.data.days.forEach((day, weekday) => {
    const open = opening.get(weekday);
    const ranges = day.map((r) => ({ start: minutesOf(r.start), end: minutesOf(r.end) }));
    const problems: string[] = [];
    if (rangesOverlap(ranges)) problems.push(`${weekdayNames[weekday]}: ranges must not overlap.`);
    if (ranges.some((r) => !withinOpeningHours(r, open))) {
      problems.push(open ? `${weekdayNames[weekday]}: hours must lie within the clinic's opening hours (${open.text}).` : `${weekdayNames[weekday]}: the clinic is closed that day.`);
    }
    if (problems.length > 0) errors[`days.${weekday}`] = problems;
  });
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  const rows = parsed.data.days.flatMap((ranges, weekday) => ranges.map((r) => ({ weekday, startsAt: r.start, endsAt: r.end })));
  await replaceWorkingHours(clinicId, parsed.data.clinicianUserId, rows, auditEventOf(principal, subject, 'allowed'));
}
