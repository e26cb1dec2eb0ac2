import { describe, expect, it } from 'vitest';
import { extractVitals } from './extract-vitals';

const only = (text: string) => {
  const vitals = extractVitals(text);
  expect(vitals).toHaveLength(1);
  return vitals[0]!;
};

describe('extractVitals', () => {
  it('reads the usual ways of writing each vital sign', () => {
    expect(only('BP 150/95')).toMatchObject({ kind: 'blood_pressure', systolic: 150, diastolic: 95, unit: 'mmHg', plausible: true });
    expect(only('blood pressure 150 over 95')).toMatchObject({ systolic: 150, diastolic: 95 });
    expect(only('temp 38.4')).toMatchObject({ kind: 'temperature', value: 38.4, unit: '°C' });
    expect(only('HR 112')).toMatchObject({ kind: 'heart_rate', value: 112, unit: '/min' });
    expect(only('pulse 112')).toMatchObject({ kind: 'heart_rate', value: 112 });
    expect(only('SpO2 94%')).toMatchObject({ kind: 'oxygen_saturation', value: 94, unit: '%' });
    expect(only('RR 22')).toMatchObject({ kind: 'respiratory_rate', value: 22 });
    expect(only('wt: 82 kg')).toMatchObject({ kind: 'weight', value: 82, unit: 'kg' });
    expect(only('height 178 cm')).toMatchObject({ kind: 'height', value: 178, unit: 'cm' });
  });

  it('converts units and keeps what was written', () => {
    expect(only('T 101.2F')).toMatchObject({ value: 38.4, unit: '°C', original: { value: 101.2, unit: '°F' } });
    expect(only('temp was 98.6')).toMatchObject({ value: 37, original: { unit: '°F' } });
    expect(only('Weight 180 lbs')).toMatchObject({ value: 81.6, original: { value: 180, unit: 'lb' } });
    expect(only(`height 5'10"`)).toMatchObject({ value: 177.8, original: { value: 70, unit: 'in' } });
  });

  it('flags impossible values instead of accepting or dropping them', () => {
    expect(only('heart rate 900')).toMatchObject({ value: 900, plausible: false, flag: 'implausible' });
    expect(only('BP 90/120')).toMatchObject({ plausible: false, flag: 'implausible' });
    expect(only('SpO2 140%')).toMatchObject({ plausible: false });
    expect(only('temp 52')).toMatchObject({ plausible: false });
  });

  it('reports offsets into the text, in reading order', () => {
    const text = 'Seen today. BP 150/95, HR 112, RR 22, SpO2 94% on room air, temp 38.4.';
    const vitals = extractVitals(text);
    expect(vitals.map((v) => v.kind)).toEqual(['blood_pressure', 'heart_rate', 'respiratory_rate', 'oxygen_saturation', 'temperature']);
    for (const v of vitals) expect(text.slice(v.start, v.end)).toBe(v.text);
  });

  it('finds nothing in text without vitals, whatever it contains', () => {
    for (const text of ['', 'No complaints.', '<b>BP</b>', "'; DROP TABLE vitals; --", '血压很高 🤯']) expect(extractVitals(text)).toEqual([]);
  });
});
