import { formatIsoInZone } from '@/lib/time-zones';
import { withinNoticePeriod } from './appointment.policy';
import type { ClinicSchedulingSettings } from './schedule.repo';
import { scheduleEntrySchema, type ScheduleEntry } from './schedule-views.schemas';
import type { NamedAppointmentRow } from './schedule-views.repo';

export function scheduleEntryOf(row: NamedAppointmentRow, clinic: ClinicSchedulingSettings, now: Date): ScheduleEntry {
  return scheduleEntrySchema.parse({
    id: row.id,
    start: formatIsoInZone(row.startsAt, clinic.timeZone),
    end: formatIsoInZone(row.endsAt, clinic.timeZone),
    status: row.status,
    patientName: `${row.givenName} ${row.familyName}`,
    clinicianId: row.clinicianUserId,
    clinicianName: row.clinicianName ?? 'Clinician',
    visitTypeId: row.visitTypeId,
    visitTypeName: row.visitTypeName,
    mode: row.mode,
    changeableOnline: row.status === 'booked' && row.startsAt > now && !withinNoticePeriod(row.startsAt, now, clinic.cancellationNoticeHours),
  });
}
