import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCalculation } from './compute-calculation';

interface Vector {
  id: string;
  calculator: string;
  inputs: Record<string, unknown>;
  expected_value: number;
  expected_category?: string;
  tolerance?: number | null;
  round?: number;
  source: string;
}

// A copy of the shared contract's vectors.json (see testdata/README.md for its source).
const vectors = JSON.parse(readFileSync(path.join(__dirname, 'testdata', 'vectors.json'), 'utf8')) as Vector[];

/** Half away from zero at the given decimals, with a nudge against binary representation (1.005). */
const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Math.sign(value) * 1e-9) / factor;
};

describe('published worked examples (vectors.json)', () => {
  it('holds every example of the contract', () => {
    expect(vectors.length).toBe(167);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const result = computeCalculation(vector.calculator, vector.inputs);
    expect(result.calculator).toBe(vector.calculator);
    if (typeof vector.tolerance === 'number') {
      expect(Math.abs(result.value - vector.expected_value), `value ${result.value}, expected ${vector.expected_value} ± ${vector.tolerance}`).toBeLessThanOrEqual(vector.tolerance + 1e-9);
    } else if (typeof vector.round === 'number') {
      expect(roundTo(result.value, vector.round)).toBe(vector.expected_value);
    } else {
      expect(result.value).toBe(vector.expected_value);
    }
    if (vector.expected_category !== undefined) expect(result.category).toBe(vector.expected_category);
    expect(result.citation.length).toBeGreaterThan(20);
    expect(result.interpretation.length).toBeGreaterThan(10);
  });
});
