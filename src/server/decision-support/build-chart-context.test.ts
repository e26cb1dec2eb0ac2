import { describe, expect, it } from 'vitest';
import { ageOn, buildChartContext } from './build-chart-context';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const obs = (loincCode: string, value: number, unit: string, date: string, display = loincCode) => ({ loincCode, display, value, unit, effectiveAt: at(date) });

describe('pre-filling calculators from a chart', () => {
  it('computes age in whole years, the day before and on the birthday', () => {
    expect(ageOn('1980-06-15', at('2026-06-14'))).toBe(45);
    expect(ageOn('1980-06-15', at('2026-06-15'))).toBe(46);
  });

  it('takes the latest observation per code, in the expected unit only, and names its source', () => {
    const context = buildChartContext(
      {
        dateOfBirth: '1960-01-01',
        sexAtBirth: 'female',
        observations: [
          obs('29463-7', 80, 'kg', '2026-01-01', 'Body weight'),
          obs('29463-7', 78, 'kg', '2026-05-01', 'Body weight'),
          obs('8302-2', 65, '[in_i]', '2026-05-01'),
          obs('8480-6', 150, 'mm[Hg]', '2026-05-01', 'Systolic blood pressure'),
          obs('2160-0', 1.4, 'mg/dL', '2026-04-01', 'Creatinine'),
        ],
        problemCodes: ['I10', 'E11.9', 'E78.5', 'F17.210'],
        medications: ['metformin'],
        allergies: ['Penicillin'],
      },
      at('2026-11-27'),
    );
    expect(context.values).toMatchObject({
      age_years: 66, sex: 'female', weight_kg: 78, sbp_mmhg: 150, systolic_bp_mmhg: 150, scr_mg_dl: 1.4, creatinine_mg_dl: 1.4,
      hypertension: true, diabetes: true, risk_factors_present: ['diabetes', 'hypertension', 'hypercholesterolemia', 'smoking'],
    });
    expect(context.values.height_cm).toBeUndefined();
    expect(context.sources.weight_kg).toBe('Body weight, 2026-05-01');
    expect(context.sources.hypertension).toBe('Problem list');
    expect(context.values.chf).toBeUndefined();
    expect(context).toMatchObject({ medications: ['metformin'], allergies: ['Penicillin'] });
  });
});
