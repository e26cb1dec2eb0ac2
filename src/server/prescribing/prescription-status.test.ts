import { describe, expect, it } from 'vitest';
import { prescriptionStatusOf, supplyEndsAt } from './prescription-status';

const signedAt = new Date('2026-03-01T09:00:00Z');
const terms = { signedAt, durationDays: 7, refills: 1, medicationStatus: 'active' as const };

describe('prescriptionStatusOf', () => {
  it('is active until the supply, refills included, runs out, then expired', () => {
    expect(supplyEndsAt(terms).toISOString()).toBe('2026-03-15T09:00:00.000Z');
    expect(prescriptionStatusOf(terms, new Date('2026-03-15T08:59:59Z'))).toBe('active');
    expect(prescriptionStatusOf(terms, new Date('2026-03-15T09:00:00Z'))).toBe('expired');
  });

  it('is ended as soon as the chart entry is stopped or removed, whatever the supply', () => {
    const early = new Date('2026-03-02T00:00:00Z');
    expect(prescriptionStatusOf({ ...terms, medicationStatus: 'stopped' }, early)).toBe('ended');
    expect(prescriptionStatusOf({ ...terms, medicationStatus: null }, early)).toBe('ended');
  });
});
