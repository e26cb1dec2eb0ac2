import { describe, expect, it } from 'vitest';
import { waitingLabel } from './waiting-label';

describe('waitingLabel', () => {
  it('says minutes, hours and days as a person would', () => {
    expect(waitingLabel(0)).toBe('under a minute');
    expect(waitingLabel(45)).toBe('45 min');
    expect(waitingLabel(60)).toBe('1 h');
    expect(waitingLabel(200)).toBe('3 h 20 min');
    expect(waitingLabel(15 * 60 + 59)).toBe('15 h');
    expect(waitingLabel(47 * 60)).toBe('47 h');
    expect(waitingLabel(49 * 60)).toBe('2 days');
  });
});
