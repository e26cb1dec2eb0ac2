import { bool, has, num, str, type CalculatorDefinition, type EnumInput, type NumberInput } from './calculator-types';
import { flag, sodiumMmolL } from './common-inputs';

/** 1 mg/dL bilirubin = 17.1 µmol/L. */
const bilirubin: NumberInput = {
  kind: 'number', name: 'bilirubin_mg_dl', label: 'Total bilirubin', unit: 'mg/dL', min: 0.1, max: 80,
  alternatives: [{ name: 'bilirubin_umol_l', unit: 'µmol/L', min: 1, max: 1400, toPrimary: (umol) => umol / 17.1 }],
};
const albumin: NumberInput = { kind: 'number', name: 'albumin_g_dl', label: 'Albumin', unit: 'g/dL', min: 0.5, max: 7 };
const inr: NumberInput = { kind: 'number', name: 'inr', label: 'INR', unit: 'ratio', min: 0.5, max: 20 };
const ascites: EnumInput = {
  kind: 'enum', name: 'ascites', label: 'Ascites',
  options: [{ value: 'absent', label: 'Absent' }, { value: 'slight', label: 'Slight' }, { value: 'moderate', label: 'Moderate to severe' }],
};
const encephalopathy: EnumInput = {
  kind: 'enum', name: 'encephalopathy', label: 'Hepatic encephalopathy',
  options: [{ value: 'none', label: 'None' }, { value: 'grade_1_2', label: 'Grade 1–2' }, { value: 'grade_3_4', label: 'Grade 3–4' }],
};

const points3 = (value: number, low: number, high: number) => (value < low ? 1 : value <= high ? 2 : 3);
const classSurvival: Record<string, string> = { A: 'well-compensated disease (1-year survival about 100 %)', B: 'significant functional compromise (1-year survival about 80 %)', C: 'decompensated disease (1-year survival about 45 %)' };

export const childPugh: CalculatorDefinition = {
  id: 'child_pugh',
  title: 'Child–Pugh score for cirrhosis',
  valueUnit: 'points',
  inputs: [bilirubin, albumin, inr, ascites, encephalopathy],
  citation: 'Pugh RNH, Murray-Lyon IM, Dawson JL, Pietroni MC, Williams R. Transection of the oesophagus for bleeding oesophageal varices. Br J Surg 1973;60:646-649.',
  compute: (v) => {
    // Bilirubin bands as published in each unit: < 34, 34–50, > 50 µmol/L; < 2, 2–3, > 3 mg/dL.
    const bili = has(v, 'bilirubin_umol_l') ? points3(num(v, 'bilirubin_umol_l'), 34, 50) : points3(num(v, 'bilirubin_mg_dl'), 2, 3);
    const alb = num(v, 'albumin_g_dl');
    const albuminPoints = alb > 3.5 ? 1 : alb >= 2.8 ? 2 : 3;
    const ratio = num(v, 'inr');
    const inrPoints = ratio < 1.7 ? 1 : ratio <= 2.3 ? 2 : 3;
    const graded = (input: EnumInput) => input.options.findIndex((o) => o.value === str(v, input.name)) + 1;
    const value = bili + albuminPoints + inrPoints + graded(ascites) + graded(encephalopathy);
    const category = value >= 10 ? 'C' : value >= 7 ? 'B' : 'A';
    return { value, category, interpretation: `Child–Pugh ${value}, class ${category}: ${classSurvival[category]}.` };
  },
};

/** UNOS 2016 MELD-Na: bounds, rounding of MELD(i) to the tenth, then the sodium term above 11. */
export function meldNaUnos2016(input: { creatinine: number; bilirubin: number; inr: number; sodium: number; dialysis: boolean }): number {
  const atLeastOne = (x: number) => Math.max(x, 1);
  const creatinine = input.dialysis ? 4 : Math.min(atLeastOne(input.creatinine), 4);
  const raw = 0.957 * Math.log(creatinine) + 0.378 * Math.log(atLeastOne(input.bilirubin)) + 1.12 * Math.log(atLeastOne(input.inr)) + 0.643;
  const meldI = Math.round(raw * 10);
  const sodium = Math.min(Math.max(input.sodium, 125), 137);
  const meld = meldI > 11 ? meldI + 1.32 * (137 - sodium) - 0.033 * meldI * (137 - sodium) : meldI;
  return Math.min(Math.round(meld), 40);
}

export const meldNaUnos2016Calculator: CalculatorDefinition = {
  id: 'meld_na_unos_2016',
  title: 'MELD-Na (UNOS/OPTN 2016)',
  valueUnit: 'points',
  inputs: [
    { kind: 'number', name: 'creatinine_mg_dl', label: 'Creatinine', unit: 'mg/dL', min: 0.1, max: 25 },
    { ...bilirubin, alternatives: undefined },
    inr,
    sodiumMmolL,
    flag('dialysis_2x_or_cvvhd_24h_past_week', 'Dialysis at least twice, or 24 h of CVVHD, in the past week'),
  ],
  citation: 'OPTN/UNOS policy 9.1, MELD-Na effective 11 January 2016; Kim WR, Biggins SW, Kremers WK, et al. Hyponatremia and mortality among patients on the liver-transplant waiting list. N Engl J Med 2008;359:1018-1026.',
  compute: (v) => {
    const value = meldNaUnos2016({ creatinine: num(v, 'creatinine_mg_dl'), bilirubin: num(v, 'bilirubin_mg_dl'), inr: num(v, 'inr'), sodium: num(v, 'sodium_mmol_l'), dialysis: bool(v, 'dialysis_2x_or_cvvhd_24h_past_week') });
    const mortality = value >= 40 ? 'about 71 %' : value >= 30 ? 'about 53 %' : value >= 20 ? 'about 20 %' : value >= 10 ? 'about 6 %' : 'about 2 %';
    return { value, interpretation: `MELD-Na ${value} (range 6–40): estimated 3-month mortality ${mortality} (Wiesner R, et al. Gastroenterology 2003;124:91-96).` };
  },
};
