import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { configurableClinicOf } from './clinic-settings.policy';
import { findVisitTypes } from './clinic-settings.repo';
import { clinicTimeZoneOf } from './clinics.repo';
import { findActiveClinicians, findClinicianVisitTypeIds, findExceptions, findOpeningWeek, findWorkingHours } from './schedules.repo';
import { withinOpeningHours } from './clinic-settings.policy';
import { hhmm, minutesOf } from './time-of-day';

/** The schedules screen: the clinic's clinicians and, for the chosen one, their week, exceptions and visit types. */
export async function getClinicianSchedule(principal: Principal, clinicianUserId: string | undefined, now = new Date()) {
  const clinicId = configurableClinicOf(principal);
  if (!clinicId) throw notFound('The schedules');
  const [clinicians, timeZone, opening, visitTypes] = await Promise.all([
    findActiveClinicians(clinicId),
    clinicTimeZoneOf(clinicId),
    findOpeningWeek(clinicId),
    findVisitTypes(clinicId),
  ]);
  const options = clinicians.map((c) => ({ userId: c.userId, name: c.name?.trim() || c.email }));
  const chosen = options.find((c) => c.userId === clinicianUserId) ?? options[0] ?? null;
  const openingWeek = Array.from({ length: 7 }, (_, weekday) => {
    const o = opening.find((d) => d.weekday === weekday);
    return o ? `${hhmm(o.opensAt)}–${hhmm(o.closesAt)}` : null;
  });
  if (!chosen) return { clinicians: options, chosen: null, timeZone: timeZone ?? 'UTC', openingWeek, visitTypes, schedule: null };
  const clinicTime = new Intl.DateTimeFormat('en-US', { timeZone: timeZone ?? 'UTC', dateStyle: 'medium', timeStyle: 'short' });
  const [hours, exceptions, offered] = await Promise.all([
    findWorkingHours(clinicId, chosen.userId),
    findExceptions(clinicId, chosen.userId, now),
    findClinicianVisitTypeIds(clinicId, chosen.userId),
  ]);
  const week = Array.from({ length: 7 }, (_, weekday) =>
    hours.filter((h) => h.weekday === weekday).map((h) => ({ start: hhmm(h.startsAt), end: hhmm(h.endsAt) })),
  );
  // Opening hours can change after working hours were set: such days are flagged, not silently dropped.
  const outsideOpening = week.map((ranges, weekday) => {
    const o = opening.find((d) => d.weekday === weekday);
    const open = o ? { opens: minutesOf(o.opensAt), closes: minutesOf(o.closesAt) } : undefined;
    return ranges.some((r) => !withinOpeningHours({ start: minutesOf(r.start), end: minutesOf(r.end) }, open));
  });
  return {
    clinicians: options,
    chosen,
    timeZone: timeZone ?? 'UTC',
    openingWeek,
    visitTypes,
    schedule: {
      week,
      outsideOpening,
      exceptions: exceptions.map((e) => ({
        id: e.id,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        // Shown in clinic time, the time the admin typed them in.
        startsLocal: clinicTime.format(e.startsAt),
        endsLocal: clinicTime.format(e.endsAt),
        reason: e.reason,
      })),
      visitTypeIds: offered,
    },
  };
}
