import { describe, expect, it } from 'vitest';
import { utilisationOf, weekdayCounts } from './utilisation';

describe('clinician utilisation', () => {
  it('counts weekdays in a range, both ends included', () => {
    // 2026-06-01 is a Monday; two full weeks.
    expect(weekdayCounts('2026-06-01', '2026-06-14')).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(weekdayCounts('2026-06-01', '2026-06-01')).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it('divides booked minutes by working minutes over the range', () => {
    const weekly = [{ clinicianId: 'a', name: 'Dr A', weekday: 1, minutes: 480 }];
    const rows = utilisationOf([{ clinicianId: 'a', name: 'Dr A', minutes: 240 }], weekly, weekdayCounts('2026-06-01', '2026-06-14'));
    expect(rows).toEqual([{ clinicianId: 'a', name: 'Dr A', bookedMinutes: 240, availableMinutes: 960, rate: 25 }]);
  });
});
