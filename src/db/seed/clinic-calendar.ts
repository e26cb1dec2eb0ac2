import { TZDate } from '@date-fns/tz';

/** A calendar day on the clinic's wall calendar (month 1-12), free of any time zone. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The clinic-local calendar day that `instant` falls on. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

// Calendar arithmetic runs on UTC midnights: a day is always 24 h there, so DST never
// shifts a date; wall times are attached only at the end, in the clinic's zone.
function utcMidnight(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(utcMidnight(date) + days * 86_400_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function addYears(date: LocalDate, years: number): LocalDate {
  // 29 February falls back to 28 February in common years rather than rolling into March.
  const lastDay = new Date(Date.UTC(date.year + years, date.month, 0)).getUTCDate();
  return { year: date.year + years, month: date.month, day: Math.min(date.day, lastDay) };
}

/** 0 = Sunday ... 6 = Saturday, matching opening_hours.weekday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

export function toIsoDate(date: LocalDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Minutes after local midnight for a "HH:MM" clock time. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * The UTC instant of a wall-clock time on a clinic-local day. TZDate resolves the zone's
 * offset for that very day, so 08:00 in New York is 13:00Z in winter and 12:00Z in summer.
 */
export function zonedInstant(date: LocalDate, minutesOfDay: number, timeZone: string): Date {
  const hours = Math.floor(minutesOfDay / 60);
  const zoned = new TZDate(date.year, date.month - 1, date.day, hours, minutesOfDay % 60, timeZone);
  return new Date(zoned.getTime());
}
