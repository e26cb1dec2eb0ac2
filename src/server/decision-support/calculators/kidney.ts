import { fixed, num, str, type CalcValues, type CalculatorDefinition, type NumberInput } from './calculator-types';
import { adultAgeYears, CREATININE_UMOL_PER_MG_DL, heightCm, scrMgDl, sex, weightKg } from './common-inputs';
import { bodyMassIndex } from './body-size';

const ckdEpiCitation = 'Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based equations to estimate GFR without race. N Engl J Med 2021;385:1737-1749.';
const cockcroftCitation = 'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16:31-41.';

/** KDIGO 2012 GFR categories. */
export function kdigoGfrCategory(gfr: number): string {
  if (gfr >= 90) return 'G1';
  if (gfr >= 60) return 'G2';
  if (gfr >= 45) return 'G3a';
  if (gfr >= 30) return 'G3b';
  if (gfr >= 15) return 'G4';
  return 'G5';
}

const gfrWords: Record<string, string> = {
  G1: 'normal or high', G2: 'mildly decreased', G3a: 'mildly to moderately decreased',
  G3b: 'moderately to severely decreased', G4: 'severely decreased', G5: 'kidney failure range',
};

function egfrOutput(value: number, equation: string) {
  const category = kdigoGfrCategory(value);
  return {
    value,
    category,
    interpretation: `eGFR ${fixed(value, 0)} mL/min/1.73 m² (${equation}): KDIGO category ${category}, ${gfrWords[category]}. A single value does not establish chronic kidney disease (KDIGO 2012).`,
  };
}

const isFemale = (v: CalcValues) => str(v, 'sex') === 'female';

export const ckdEpi2021Cr: CalculatorDefinition = {
  id: 'ckd_epi_2021_cr',
  title: 'eGFR, CKD-EPI 2021 creatinine (race-free)',
  valueUnit: 'mL/min/1.73 m²',
  inputs: [adultAgeYears, sex, scrMgDl],
  citation: ckdEpiCitation,
  compute: (v) => {
    const female = isFemale(v);
    const ratio = num(v, 'scr_mg_dl') / (female ? 0.7 : 0.9);
    const value = 142 * Math.min(ratio, 1) ** (female ? -0.241 : -0.302) * Math.max(ratio, 1) ** -1.2 * 0.9938 ** num(v, 'age_years') * (female ? 1.012 : 1);
    return egfrOutput(value, 'CKD-EPI 2021 creatinine');
  },
};

const scysMgL: NumberInput = { kind: 'number', name: 'scys_mg_l', label: 'Serum cystatin C', unit: 'mg/L', min: 0.2, max: 10 };

export const ckdEpi2021CrCys: CalculatorDefinition = {
  id: 'ckd_epi_2021_cr_cys',
  title: 'eGFR, CKD-EPI 2021 creatinine–cystatin C (race-free)',
  valueUnit: 'mL/min/1.73 m²',
  inputs: [adultAgeYears, sex, scrMgDl, scysMgL],
  citation: ckdEpiCitation,
  compute: (v) => {
    const female = isFemale(v);
    const cr = num(v, 'scr_mg_dl') / (female ? 0.7 : 0.9);
    const cys = num(v, 'scys_mg_l') / 0.8;
    const value =
      135 * Math.min(cr, 1) ** (female ? -0.219 : -0.144) * Math.max(cr, 1) ** -0.544 * Math.min(cys, 1) ** -0.323 * Math.max(cys, 1) ** -0.778 *
      0.9961 ** num(v, 'age_years') * (female ? 0.963 : 1);
    return egfrOutput(value, 'CKD-EPI 2021 creatinine–cystatin C');
  },
};

const scrEitherUnit: NumberInput = {
  ...scrMgDl,
  alternatives: [{ name: 'scr_umol_l', unit: 'µmol/L', min: 9, max: 2200, toPrimary: (umol) => umol / CREATININE_UMOL_PER_MG_DL }],
};

export const creatinineClearance = (age: number, weight: number, scr: number, female: boolean): number =>
  ((140 - age) * weight) / (72 * scr) * (female ? 0.85 : 1);

const clearanceText = (value: number, weightNote: string) =>
  `Estimated creatinine clearance ${fixed(value, 0)} mL/min (Cockcroft–Gault, ${weightNote}). Drug labels often give renal dose adjustments by this estimate; it is not indexed to body surface area.`;

export const cockcroftGault: CalculatorDefinition = {
  id: 'cockcroft_gault',
  title: 'Creatinine clearance (Cockcroft–Gault, total body weight)',
  valueUnit: 'mL/min',
  inputs: [adultAgeYears, sex, weightKg, scrEitherUnit],
  citation: cockcroftCitation,
  compute: (v) => {
    const value = creatinineClearance(num(v, 'age_years'), num(v, 'weight_kg'), num(v, 'scr_mg_dl'), isFemale(v));
    return { value, interpretation: clearanceText(value, 'total body weight') };
  },
};

/** Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974;8:650-655. */
export const idealBodyWeight = (heightCmValue: number, female: boolean): number => (female ? 45.5 : 50) + 2.3 * (heightCmValue / 2.54 - 60);

/** The weight rule of CALCULATORS.md: BMI < 18.5 actual, 18.5–24.9 min(ideal, actual), ≥ 25 adjusted (ideal + 0.4 × excess). */
export function cockcroftWeight(weight: number, heightCmValue: number, female: boolean): { weight: number; rule: string } {
  const bmiValue = bodyMassIndex(weight, heightCmValue);
  const ideal = idealBodyWeight(heightCmValue, female);
  if (bmiValue < 18.5) return { weight, rule: 'actual body weight (BMI < 18.5)' };
  if (bmiValue < 25) return ideal < weight ? { weight: ideal, rule: 'ideal body weight (BMI 18.5–24.9)' } : { weight, rule: 'actual body weight, below ideal (BMI 18.5–24.9)' };
  return { weight: ideal + 0.4 * (weight - ideal), rule: 'adjusted body weight (BMI ≥ 25)' };
}

export const cockcroftGaultAdjustedWeight: CalculatorDefinition = {
  id: 'cockcroft_gault_adjusted_weight',
  title: 'Creatinine clearance (Cockcroft–Gault, weight by BMI)',
  valueUnit: 'mL/min',
  inputs: [adultAgeYears, sex, weightKg, heightCm, scrMgDl],
  citation: `${cockcroftCitation} Ideal body weight: Devine BJ. Drug Intell Clin Pharm 1974;8:650-655; adjusted weight = ideal + 0.4 × (actual − ideal).`,
  compute: (v) => {
    const female = isFemale(v);
    const chosen = cockcroftWeight(num(v, 'weight_kg'), num(v, 'height_cm'), female);
    const value = creatinineClearance(num(v, 'age_years'), chosen.weight, num(v, 'scr_mg_dl'), female);
    return { value, interpretation: clearanceText(value, `${chosen.rule}, ${fixed(chosen.weight)} kg`) };
  },
};
