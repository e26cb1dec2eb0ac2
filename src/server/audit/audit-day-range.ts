import { TZDate } from '@date-fns/tz';

/** The instant a clinic-local day starts (midnight in its time zone, DST-aware). */
export function startOfClinicDay(isoDay: string, timeZone: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime());
}

/** The instant the next clinic-local day starts: the exclusive end of an inclusive "to" day. */
export function endOfClinicDay(isoDay: string, timeZone: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, timeZone).getTime());
}
