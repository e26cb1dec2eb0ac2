import type { BooleanInput, EnumInput, NumberInput } from './calculator-types';

/**
 * Inputs several calculators share. The ranges are physiological plausibility limits, not normal
 * ranges: a value outside them is a typing error (a heart rate of 900), answered with 422.
 */
export const weightKg: NumberInput = { kind: 'number', name: 'weight_kg', label: 'Weight', unit: 'kg', min: 0.5, max: 500 };
export const heightCm: NumberInput = { kind: 'number', name: 'height_cm', label: 'Height', unit: 'cm', min: 30, max: 272 };
export const ageYears: NumberInput = { kind: 'number', name: 'age_years', label: 'Age', unit: 'years', min: 0, max: 130 };
export const adultAgeYears: NumberInput = { ...ageYears, min: 18 };
export const sex: EnumInput = {
  kind: 'enum',
  name: 'sex',
  label: 'Sex',
  options: [
    { value: 'female', label: 'Female' },
    { value: 'male', label: 'Male' },
  ],
};
export const heartRateBpm: NumberInput = { kind: 'number', name: 'heart_rate_bpm', label: 'Heart rate', unit: 'beats/min', min: 20, max: 300 };
export const sbpMmhg: NumberInput = { kind: 'number', name: 'sbp_mmhg', label: 'Systolic blood pressure', unit: 'mmHg', min: 30, max: 300 };
export const dbpMmhg: NumberInput = { kind: 'number', name: 'dbp_mmhg', label: 'Diastolic blood pressure', unit: 'mmHg', min: 10, max: 250 };
export const respiratoryRate: NumberInput = { kind: 'number', name: 'respiratory_rate', label: 'Respiratory rate', unit: 'breaths/min', min: 0, max: 80 };
export const temperatureC: NumberInput = { kind: 'number', name: 'temperature_c', label: 'Temperature', unit: '°C', min: 25, max: 45 };
export const sodiumMmolL: NumberInput = { kind: 'number', name: 'sodium_mmol_l', label: 'Sodium', unit: 'mmol/L', min: 90, max: 200 };

/** Serum creatinine: 1 mg/dL = 88.4 µmol/L (SI conversion factor used by KDIGO). */
export const CREATININE_UMOL_PER_MG_DL = 88.4;
export const scrMgDl: NumberInput = { kind: 'number', name: 'scr_mg_dl', label: 'Serum creatinine', unit: 'mg/dL', min: 0.1, max: 25 };

export const flag = (name: string, label: string): BooleanInput => ({ kind: 'boolean', name, label });

/** A diastolic pressure at or above the systolic one is a typing error. */
export function diastolicBelowSystolic(sbp: unknown, dbp: unknown, dbpName = 'dbp_mmhg'): Record<string, string> | null {
  return typeof sbp === 'number' && typeof dbp === 'number' && dbp >= sbp ? { [dbpName]: 'Diastolic pressure must be lower than systolic pressure.' } : null;
}
