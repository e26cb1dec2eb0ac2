import { describe, expect, it } from 'vitest';
import { formatIsoInZone } from '@/lib/time-zones';
import { availableSlots, isOnGrid, type SlotInput, type WorkingRange } from './slots';

const NY = 'America/New_York';
const LONDON = 'Europe/London';

/** Slot starts as the clinic's ISO strings, the way the API shows them. */
function starts(overrides: Partial<SlotInput> & Pick<SlotInput, 'timeZone' | 'workingHours' | 'from' | 'to'>): string[] {
  const input: SlotInput = {
    exceptions: [],
    blocked: [],
    visit: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    stepMinutes: 30,
    now: new Date('2026-01-01T00:00:00Z'),
    horizonDays: 400,
    ...overrides,
  };
  return availableSlots(input).map((slot) => formatIsoInZone(slot.start, input.timeZone));
}

const sunday = (startsAt: string, endsAt: string): WorkingRange[] => [{ weekday: 0, startsAt, endsAt }];
const wholeDay = (date: string, zoneOffset: string) => ({ from: new Date(`${date}T00:00:00${zoneOffset}`), to: new Date(new Date(`${date}T00:00:00${zoneOffset}`).getTime() + 30 * 3600_000) });

describe('New York, spring forward on 2026-03-08 (02:00-03:00 does not exist)', () => {
  const window = wholeDay('2026-03-08', '-05:00');

  it('working 00:00-05:00 gives four real hours, and no 02:00 or 02:30 slot', () => {
    expect(starts({ timeZone: NY, workingHours: sunday('00:00', '05:00'), ...window })).toEqual([
      '2026-03-08T00:00:00-05:00',
      '2026-03-08T00:30:00-05:00',
      '2026-03-08T01:00:00-05:00',
      '2026-03-08T01:30:00-05:00',
      '2026-03-08T03:00:00-04:00',
      '2026-03-08T03:30:00-04:00',
      '2026-03-08T04:00:00-04:00',
      '2026-03-08T04:30:00-04:00',
    ]);
  });

  it('working hours that start in the missing hour start when the clocks jump', () => {
    expect(starts({ timeZone: NY, workingHours: sunday('02:30', '04:00'), ...window })).toEqual(['2026-03-08T03:00:00-04:00', '2026-03-08T03:30:00-04:00']);
  });

  it('a 60-minute visit at 01:30 ends at 03:30 EDT, one real hour later', () => {
    const input = { timeZone: NY, workingHours: sunday('01:00', '04:00'), ...window, visit: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } };
    expect(starts(input)).toEqual(['2026-03-08T01:00:00-05:00', '2026-03-08T01:30:00-05:00', '2026-03-08T03:00:00-04:00']);
  });
});

describe('New York, fall back on 2026-11-01 (01:00-02:00 happens twice)', () => {
  const window = wholeDay('2026-11-01', '-04:00');

  it('working 00:00-03:00 gives four real hours; 01:00 and 01:30 are offered twice, told apart by their offset', () => {
    expect(starts({ timeZone: NY, workingHours: sunday('00:00', '03:00'), ...window })).toEqual([
      '2026-11-01T00:00:00-04:00',
      '2026-11-01T00:30:00-04:00',
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T01:30:00-04:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T01:30:00-05:00',
      '2026-11-01T02:00:00-05:00',
      '2026-11-01T02:30:00-05:00',
    ]);
  });

  it('working hours that start at 01:30 start at its first occurrence and run on through the repeated hour', () => {
    expect(starts({ timeZone: NY, workingHours: sunday('01:30', '03:00'), ...window })).toEqual([
      '2026-11-01T01:30:00-04:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T01:30:00-05:00',
      '2026-11-01T02:00:00-05:00',
      '2026-11-01T02:30:00-05:00',
    ]);
  });

  it('working hours that end at 01:30 end at its first occurrence', () => {
    expect(starts({ timeZone: NY, workingHours: sunday('00:30', '01:30'), ...window })).toEqual(['2026-11-01T00:30:00-04:00', '2026-11-01T01:00:00-04:00']);
  });

  it('an appointment in the first 01:30 leaves the second one free', () => {
    const blocked = [{ from: new Date('2026-11-01T01:30:00-04:00'), until: new Date('2026-11-01T02:00:00-04:00') }];
    const result = starts({ timeZone: NY, workingHours: sunday('01:00', '02:00'), ...window, blocked });
    expect(result).toEqual(['2026-11-01T01:00:00-04:00', '2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-05:00']);
  });
});

describe('London, 2026-03-29 (01:00-02:00 missing) and 2026-10-25 (01:00-02:00 repeated)', () => {
  it('spring: no 01:00 or 01:30 slot, the day runs on in BST', () => {
    expect(starts({ timeZone: LONDON, workingHours: sunday('00:00', '03:00'), ...wholeDay('2026-03-29', '+00:00') })).toEqual([
      '2026-03-29T00:00:00+00:00',
      '2026-03-29T00:30:00+00:00',
      '2026-03-29T02:00:00+01:00',
      '2026-03-29T02:30:00+01:00',
    ]);
  });

  it('autumn: 01:00 and 01:30 are offered in BST and again in GMT', () => {
    expect(starts({ timeZone: LONDON, workingHours: sunday('00:30', '02:30'), ...wholeDay('2026-10-25', '+01:00') })).toEqual([
      '2026-10-25T00:30:00+01:00',
      '2026-10-25T01:00:00+01:00',
      '2026-10-25T01:30:00+01:00',
      '2026-10-25T01:00:00+00:00',
      '2026-10-25T01:30:00+00:00',
      '2026-10-25T02:00:00+00:00',
    ]);
  });

  it('a normal working day is in BST in summer and GMT in winter, at the same wall-clock times', () => {
    const monday = [{ weekday: 1, startsAt: '09:00', endsAt: '10:00' }];
    expect(starts({ timeZone: LONDON, workingHours: monday, ...wholeDay('2026-03-23', '+00:00') })).toEqual(['2026-03-23T09:00:00+00:00', '2026-03-23T09:30:00+00:00']);
    expect(starts({ timeZone: LONDON, workingHours: monday, ...wholeDay('2026-03-30', '+01:00') })).toEqual(['2026-03-30T09:00:00+01:00', '2026-03-30T09:30:00+01:00']);
  });
});

describe('an ordinary day (Monday 2026-06-15, New York)', () => {
  const base = {
    timeZone: NY,
    workingHours: [
      { weekday: 1, startsAt: '09:00', endsAt: '12:00' },
      { weekday: 1, startsAt: '13:00', endsAt: '14:10' },
    ],
    from: new Date('2026-06-15T00:00:00-04:00'),
    to: new Date('2026-06-16T00:00:00-04:00'),
    stepMinutes: 15,
    visit: { durationMinutes: 40, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 },
  };

  it('fits the visit and its buffers inside each working range, on a 15-minute grid', () => {
    expect(starts(base)).toEqual([
      '2026-06-15T09:15:00-04:00', // 09:00 would need a buffer from 08:55
      '2026-06-15T09:30:00-04:00',
      '2026-06-15T09:45:00-04:00',
      '2026-06-15T10:00:00-04:00',
      '2026-06-15T10:15:00-04:00',
      '2026-06-15T10:30:00-04:00',
      '2026-06-15T10:45:00-04:00',
      '2026-06-15T11:00:00-04:00', // ends 11:40, buffer to 11:50
      '2026-06-15T13:15:00-04:00',
    ]);
  });

  it('a visit may run across two ranges that touch', () => {
    const joined = { ...base, workingHours: [{ weekday: 1, startsAt: '09:00', endsAt: '10:00' }, { weekday: 1, startsAt: '10:00', endsAt: '11:00' }], stepMinutes: 60 };
    expect(starts({ ...joined, visit: { durationMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } })).toEqual(['2026-06-15T09:00:00-04:00']);
  });

  it('leaves out time off, booked time (with its buffers), the past and beyond the horizon', () => {
    const exceptions = [{ from: new Date('2026-06-15T09:00:00-04:00'), until: new Date('2026-06-15T10:20:00-04:00') }];
    const blocked = [{ from: new Date('2026-06-15T11:20:00-04:00'), until: new Date('2026-06-15T12:00:00-04:00') }];
    expect(starts({ ...base, exceptions, blocked })).toEqual(['2026-06-15T10:30:00-04:00', '2026-06-15T13:15:00-04:00']);
    expect(starts({ ...base, now: new Date('2026-06-15T10:50:00-04:00') })).toEqual(['2026-06-15T11:00:00-04:00', '2026-06-15T13:15:00-04:00']);
    expect(starts({ ...base, now: new Date('2026-06-01T14:00:00-04:00'), horizonDays: 13 })).toEqual([]);
    expect(starts({ ...base, now: new Date('2026-06-01T14:00:00-04:00'), horizonDays: 14 })).toHaveLength(9);
  });

  it('gives nothing on a day without working hours or for an empty window', () => {
    expect(starts({ ...base, from: new Date('2026-06-14T00:00:00-04:00'), to: new Date('2026-06-15T00:00:00-04:00') })).toEqual([]);
    expect(starts({ ...base, to: base.from })).toEqual([]);
  });

  it('knows which instants are on the grid', () => {
    expect(isOnGrid(new Date('2026-06-15T09:15:00-04:00'), { timeZone: NY, stepMinutes: 15 })).toBe(true);
    expect(isOnGrid(new Date('2026-06-15T09:10:00-04:00'), { timeZone: NY, stepMinutes: 15 })).toBe(false);
    expect(isOnGrid(new Date('2026-06-15T09:15:30-04:00'), { timeZone: NY, stepMinutes: 15 })).toBe(false);
  });
});

describe('input times', () => {
  it('refuses calendar days that do not exist', async () => {
    const { instantSchema, rangeBoundSchema } = await import('./appointment.schemas');
    expect(instantSchema.safeParse('2026-02-30T10:00:00Z').success).toBe(false);
    expect(instantSchema.safeParse('2026-02-28T10:00:00-05:00').success).toBe(true);
    expect(rangeBoundSchema.safeParse('2026-02-30').success).toBe(false);
    expect(rangeBoundSchema.safeParse('2028-02-29').success).toBe(true);
  });
});
