import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { calculatorDefinitions } from './calculator-registry';
import { computeCalculation } from './compute-calculation';
import { calculatorCatalogue } from './list-calculators';

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const news2Inputs = { respiration_rate_per_min: 16, spo2_pct: 97, spo2_scale: 1, on_supplemental_oxygen: false, systolic_bp_mmhg: 120, pulse_per_min: 70, consciousness: 'A', temperature_c: 37 };

describe('calculators: contract and validation', () => {
  it('has every calculator id of CALCULATORS.md, each with a citation and described inputs', () => {
    const ids = calculatorDefinitions.map((c) => c.id).sort();
    expect(ids).toEqual([
      'anion_gap', 'bmi', 'bsa_dubois', 'bsa_mosteller', 'calcium_corrected_albumin', 'centor_mcisaac', 'cha2ds2_vasc', 'child_pugh', 'ckd_epi_2021_cr', 'ckd_epi_2021_cr_cys',
      'cockcroft_gault', 'cockcroft_gault_adjusted_weight', 'curb65', 'has_bled', 'heart', 'map', 'meld_na_unos_2016', 'news2', 'perc', 'qsofa',
      'qtc_bazett', 'qtc_framingham', 'qtc_fridericia', 'qtc_hodges', 'wells_dvt', 'wells_pe',
    ]);
    const bmi = calculatorCatalogue().find((c) => c.id === 'bmi')!;
    expect(bmi.inputs).toEqual([
      { name: 'weight_kg', label: 'Weight', type: 'number', unit: 'kg', min: 0.5, max: 500 },
      { name: 'height_cm', label: 'Height', type: 'number', unit: 'cm', min: 30, max: 272 },
    ]);
    expect(calculatorCatalogue().find((c) => c.id === 'news2')!.inputs.find((i) => i.name === 'consciousness')!.allowedValues).toEqual(['A', 'C', 'V', 'P', 'U']);
  });

  it('answers value, WHO category, interpretation, citation and inputs used', () => {
    const result = computeCalculation('bmi', { weight_kg: 70, height_cm: 175 });
    expect(result).toMatchObject({ calculator: 'bmi', category: 'normal weight', inputsUsed: { weight_kg: 70, height_cm: 175 } });
    expect(result.value).toBeCloseTo(22.857, 3);
    expect(result.citation).toContain('WHO');
  });

  it('NEWS2 categories follow the RCP thresholds, including a single red score', () => {
    expect(computeCalculation('news2', news2Inputs).category).toBe('low');
    expect(computeCalculation('news2', { ...news2Inputs, consciousness: 'V' })).toMatchObject({ value: 3, category: 'low-medium' });
    expect(computeCalculation('news2', { ...news2Inputs, respiration_rate_per_min: 22, pulse_per_min: 115, temperature_c: 38.5 })).toMatchObject({ value: 5, category: 'medium' });
    expect(computeCalculation('news2', { ...news2Inputs, respiration_rate_per_min: 26, spo2_pct: 90, systolic_bp_mmhg: 95 })).toMatchObject({ value: 8, category: 'high' });
  });

  it('unknown calculator is 404', () => {
    expect(errorOf(() => computeCalculation('nope', {})).status).toBe(404);
  });

  it('missing inputs are 422 naming each one', () => {
    const error = errorOf(() => computeCalculation('news2', {}));
    expect(error.status).toBe(422);
    expect(Object.keys(error.fieldErrors!).sort()).toEqual(Object.keys(news2Inputs).sort());
  });

  it('out-of-range, wrongly typed and unknown inputs are named', () => {
    const error = errorOf(() => computeCalculation('news2', { ...news2Inputs, pulse_per_min: 900, spo2_scale: '1', on_supplemental_oxygen: 'false', consciousness: 'alert', bogus: 1 }));
    expect(error.fieldErrors).toEqual({
      pulse_per_min: ['Must be between 20 and 300 beats/min.'],
      spo2_scale: ['Must be one of: 1, 2.'],
      on_supplemental_oxygen: ['Must be true or false (a JSON boolean).'],
      consciousness: ['Must be one of: "A", "C", "V", "P", "U".'],
      bogus: ['Unknown input for this calculator.'],
    });
    expect(errorOf(() => computeCalculation('bmi', { weight_kg: '70', height_cm: Number.NaN })).fieldErrors).toEqual({
      weight_kg: ['Must be a number in kg.'],
      height_cm: ['Must be a number in cm.'],
    });
    expect(errorOf(() => computeCalculation('qsofa', { respiratory_rate: 20, gcs: 14.5, sbp_mmhg: 120 })).fieldErrors).toEqual({ gcs: ['Must be a whole number.'] });
  });

  it('accepts either of two listed units, not both, and converts to the primary unit', () => {
    const inGdl = computeCalculation('calcium_corrected_albumin', { calcium_mg_dl: 8.6, albumin_g_dl: 3.1 });
    const inGl = computeCalculation('calcium_corrected_albumin', { calcium_mg_dl: 8.6, albumin_g_l: 31 });
    expect(inGl.value).toBeCloseTo(inGdl.value, 9);
    expect(inGl.inputsUsed).toEqual({ calcium_mg_dl: 8.6, albumin_g_l: 31, albumin_g_dl: 3.1 });
    const cg = computeCalculation('cockcroft_gault', { age_years: 40, sex: 'male', weight_kg: 80, scr_umol_l: 88.4 });
    expect(Math.round(cg.value)).toBe(111);
    expect(errorOf(() => computeCalculation('calcium_corrected_albumin', { calcium_mg_dl: 8.6 })).fieldErrors).toEqual({
      albumin_g_dl: ['Required: give albumin_g_dl (g/dL) or albumin_g_l (g/L).'],
    });
    expect(errorOf(() => computeCalculation('calcium_corrected_albumin', { calcium_mg_dl: 8.6, albumin_g_dl: 3.1, albumin_g_l: 31 })).fieldErrors).toEqual({
      albumin_g_l: ['Give only one of albumin_g_dl, albumin_g_l.'],
    });
  });

  it('applies unit-specific published thresholds (CURB-65 urea, Child–Pugh bilirubin)', () => {
    const curb = { confusion: false, respiratory_rate: 16, sbp_mmhg: 130, dbp_mmhg: 80, age_years: 40 };
    expect(computeCalculation('curb65', { ...curb, urea_mmol_l: 7.2 }).value).toBe(1);
    expect(computeCalculation('curb65', { ...curb, urea_mmol_l: 6.9 }).value).toBe(0);
    const cp = { albumin_g_dl: 4, inr: 1, ascites: 'absent', encephalopathy: 'none' };
    expect(computeCalculation('child_pugh', { ...cp, bilirubin_umol_l: 40 })).toMatchObject({ value: 6, category: 'A' });
  });

  it('refuses a diastolic pressure at or above the systolic one', () => {
    expect(errorOf(() => computeCalculation('map', { sbp_mmhg: 80, dbp_mmhg: 90 })).fieldErrors).toEqual({ dbp_mmhg: ['Diastolic pressure must be lower than systolic pressure.'] });
  });

  it('HEART risk factors must be a list of known, distinct values', () => {
    const heart = { history: 'slightly_suspicious', ecg: 'normal', age_years: 50, known_atherosclerotic_disease: false, initial_troponin: 'le_normal' };
    expect(errorOf(() => computeCalculation('heart', { ...heart, risk_factors_present: 'smoking' })).fieldErrors).toEqual({ risk_factors_present: ['Must be a list (possibly empty).'] });
    expect(errorOf(() => computeCalculation('heart', { ...heart, risk_factors_present: ['smoking', 'smoking'] })).fieldErrors).toEqual({ risk_factors_present: ['Each item may appear only once.'] });
    expect(computeCalculation('heart', { ...heart, risk_factors_present: ['smoking', 'diabetes', 'obesity'] })).toMatchObject({ value: 3, category: 'low' });
  });
});

describe('hostile inputs', () => {
  it('reports an input named __proto__ instead of losing it', () => {
    const raw = JSON.parse('{"weight_kg": 70, "height_cm": 175, "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const error = errorOf(() => computeCalculation('bmi', raw));
    expect(Object.keys(error.fieldErrors!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses HTML, SQL and emoji where numbers or enums are expected', () => {
    const error = errorOf(() => computeCalculation('child_pugh', { bilirubin_mg_dl: '<b>2</b>', albumin_g_dl: "3; DROP TABLE x", inr: '🙂', ascites: 'ABSENT', encephalopathy: null }));
    expect(Object.keys(error.fieldErrors!).sort()).toEqual(['albumin_g_dl', 'ascites', 'bilirubin_mg_dl', 'encephalopathy', 'inr']);
  });
});
