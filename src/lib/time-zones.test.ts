import { describe, expect, it } from 'vitest';
import { addDays, firstInstantAtOrAfter, formatForViewer, formatIsoInZone, instantsAtWallTime, localDateOf, parseIsoDate, weekdayOf } from './time-zones';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const day = (text: string) => parseIsoDate(text)!;

describe('wall-clock times across daylight saving', () => {
  it('a New York spring-forward time in the gap does not exist; its first instant at or after is 03:00 EDT', () => {
    expect(instantsAtWallTime(day('2026-03-08'), 2 * 60 + 30, 'America/New_York')).toEqual([]);
    expect(firstInstantAtOrAfter(day('2026-03-08'), 2 * 60 + 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(instantsAtWallTime(day('2026-03-08'), 60 + 30, 'America/New_York'))).toEqual(['2026-03-08T06:30:00.000Z']);
  });

  it('a New York fall-back time in the repeated hour happens twice, earliest first', () => {
    expect(iso(instantsAtWallTime(day('2026-11-01'), 90, 'America/New_York'))).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']);
    expect(firstInstantAtOrAfter(day('2026-11-01'), 90, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('London: 01:30 on 2026-03-29 does not exist, 01:30 on 2026-10-25 happens twice', () => {
    expect(instantsAtWallTime(day('2026-03-29'), 90, 'Europe/London')).toEqual([]);
    expect(firstInstantAtOrAfter(day('2026-03-29'), 90, 'Europe/London').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(instantsAtWallTime(day('2026-10-25'), 90, 'Europe/London'))).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
  });

  it('formats with the offset in force at that instant', () => {
    expect(formatIsoInZone(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(formatIsoInZone(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-05:00');
    expect(formatIsoInZone(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe('2026-07-01T13:00:00+01:00');
    expect(formatIsoInZone(new Date('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-01T17:30:00+05:30');
    expect(formatIsoInZone(new Date('2026-01-01T12:00:00Z'), 'UTC')).toBe('2026-01-01T12:00:00+00:00');
  });

  it('renders one instant in each viewer zone with the zone named', () => {
    const instant = new Date('2026-03-08T07:00:00Z');
    expect(formatForViewer(instant, 'America/New_York')).toBe('Sun, Mar 8, 3:00 AM EDT');
    expect(formatForViewer(instant, 'Europe/London')).toBe('Sun, Mar 8, 7:00 AM GMT');
  });
});

describe('calendar days', () => {
  it('parses real dates only and steps over month ends', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('not a date')).toBeNull();
    expect(addDays(day('2026-02-28'), 1)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(weekdayOf(day('2026-03-08'))).toBe(0);
  });

  it('finds the local day of an instant in the zone', () => {
    expect(localDateOf(new Date('2026-03-09T03:00:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 3, day: 8 });
    expect(localDateOf(new Date('2026-03-09T03:00:00Z'), 'Europe/London')).toEqual({ year: 2026, month: 3, day: 9 });
  });
});
