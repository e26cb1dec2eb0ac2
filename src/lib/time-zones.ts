import { tzOffset } from '@date-fns/tz';

/**
 * Wall-clock arithmetic in IANA time zones, free of any framework. Calendar days are plain
 * { year, month, day } values computed on UTC midnights (a day is always 24 h there, so DST never
 * shifts a date); a wall-clock time becomes an instant only through the functions below, which know
 * that a local time may not exist (the spring-forward gap) or exist twice (the fall-back overlap).
 */
export interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const utcMidnight = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day);

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(utcMidnight(date) + days * DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday (the convention of working_hours.weekday). */
export const weekdayOf = (date: LocalDate) => new Date(utcMidnight(date)).getUTCDay();

export const compareDates = (a: LocalDate, b: LocalDate) => utcMidnight(a) - utcMidnight(b);

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

export const toIsoDate = (date: LocalDate) => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;

/** "2026-03-08" -> a real calendar day, or null (2026-02-30 is not one). */
export function parseIsoDate(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return toIsoDate(addDays(date, 0)) === text ? date : null;
}

/** Whether the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in minutes at an instant (New York in winter: -300). */
export const offsetAt = (timeZone: string, instant: number) => tzOffset(timeZone, new Date(instant));

/** The local calendar day and minute of the day an instant shows on a wall clock in the zone. */
export function wallClockOf(instant: Date, timeZone: string): { date: LocalDate; minuteOfDay: number } {
  const shifted = new Date(instant.getTime() + offsetAt(timeZone, instant.getTime()) * MINUTE);
  return {
    date: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

export const localDateOf = (instant: Date, timeZone: string) => wallClockOf(instant, timeZone).date;

/**
 * Every instant at which the zone's clocks read `minuteOfDay` on `date`: none in a spring-forward
 * gap, two in a fall-back overlap (earliest first), one otherwise. minuteOfDay may be 1440 (the
 * next midnight). Offsets a day either side cover the transition: zones never change twice in two days.
 */
export function instantsAtWallTime(date: LocalDate, minuteOfDay: number, timeZone: string): Date[] {
  const wall = utcMidnight(date) + minuteOfDay * MINUTE;
  const offsets = new Set([offsetAt(timeZone, wall - DAY), offsetAt(timeZone, wall), offsetAt(timeZone, wall + DAY)]);
  const found = [...offsets]
    .map((offset) => ({ offset, instant: wall - offset * MINUTE }))
    .filter(({ offset, instant }) => offsetAt(timeZone, instant) === offset)
    .map(({ instant }) => instant);
  return [...new Set(found)].sort((a, b) => a - b).map((instant) => new Date(instant));
}

/**
 * The earliest instant at which the wall clock on `date` reads `minuteOfDay` or later: the first
 * occurrence of an ambiguous time, and the moment the clocks jump for a time inside the gap
 * (02:30 on a New York spring-forward day is 03:00 EDT). Working-hour boundaries use this.
 */
export function firstInstantAtOrAfter(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  const [first] = instantsAtWallTime(date, minuteOfDay, timeZone);
  if (first) return first;
  const wall = utcMidnight(date) + minuteOfDay * MINUTE;
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  // In the gap: at `low` the old offset still holds, by `high` the new one does. Find the switch to the minute.
  let low = wall - after * MINUTE;
  let high = wall - before * MINUTE;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return new Date(high);
}

/** ISO 8601 with the zone's offset at that instant: 2026-11-01T01:30:00-04:00. */
export function formatIsoInZone(instant: Date, timeZone: string): string {
  const offset = offsetAt(timeZone, instant.getTime());
  const { date, minuteOfDay } = wallClockOf(instant, timeZone);
  const seconds = new Date(instant.getTime()).getUTCSeconds();
  const sign = offset < 0 ? '-' : '+';
  const time = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}:${pad(seconds)}`;
  return `${toIsoDate(date)}T${time}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** "08:30" or "08:30:00" (a PostgreSQL time) -> minutes after midnight; "24:00" -> 1440. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * An instant as a person reads it in their own zone, with the zone named ("Sun, Mar 8, 3:00 AM EDT"),
 * so a slot is never shown as a bare clock time that could be misread across zones.
 */
export function formatForViewer(instant: Date, viewerTimeZone: string, locale = 'en-US', options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...options,
    timeZone: viewerTimeZone,
  }).format(instant);
}
