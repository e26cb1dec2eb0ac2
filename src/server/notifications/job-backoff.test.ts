import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAfterFailure, retryDelayMs } from './job-backoff';

describe('job backoff', () => {
  it('doubles the wait after each failure and caps it at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40)).toBe(3_600_000);
  });

  it('gives a job up after the last attempt', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(nextAttemptAfterFailure(1, now)).toEqual({ status: 'pending', runAt: new Date('2026-01-01T00:00:30Z') });
    expect(nextAttemptAfterFailure(MAX_ATTEMPTS, now)).toEqual({ status: 'dead' });
  });
});
