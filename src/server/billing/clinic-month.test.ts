import { describe, expect, it } from 'vitest';
import { clinicMonthOf } from './plan-limits';

describe('the month a visit counts in for the plan limit', () => {
  it('is the clinic-local month, not the UTC one', () => {
    // 23:30 on 31 May in New York is already 1 June in UTC.
    const { from, to } = clinicMonthOf(new Date('2026-06-01T03:30:00Z'), 'America/New_York');
    expect(from.toISOString()).toBe('2026-05-01T04:00:00.000Z');
    expect(to.toISOString()).toBe('2026-06-01T04:00:00.000Z');
  });

  it('follows daylight saving at the month edges', () => {
    // Berlin: winter time (UTC+1) on 1 March, summer time (UTC+2) on 1 April.
    const { from, to } = clinicMonthOf(new Date('2026-03-15T12:00:00Z'), 'Europe/Berlin');
    expect(from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('in UTC is the plain calendar month', () => {
    const { from, to } = clinicMonthOf(new Date('2026-12-31T23:59:59Z'), 'UTC');
    expect(from.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(to.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
