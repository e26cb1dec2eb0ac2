import { bool, has, num, type CalculatorDefinition, type NumberInput } from './calculator-types';
import { ageYears, dbpMmhg, diastolicBelowSystolic, flag, respiratoryRate, sbpMmhg } from './common-inputs';

/** BUN (mg/dL) = urea (mmol/L) × 2.8. Each criterion is applied in the unit it was published in. */
const bun: NumberInput = {
  kind: 'number',
  name: 'bun_mg_dl',
  label: 'Blood urea nitrogen',
  unit: 'mg/dL',
  min: 1,
  max: 300,
  alternatives: [{ name: 'urea_mmol_l', unit: 'mmol/L', min: 0.3, max: 110, toPrimary: (urea) => urea * 2.8 }],
};

const advice = [
  'low risk (30-day mortality about 1–3 %): consider treatment at home',
  'low risk (30-day mortality about 1–3 %): consider treatment at home',
  'intermediate risk (about 9 %): consider a short inpatient stay or closely supervised outpatient care',
  'high risk (about 15–40 %): manage in hospital as severe pneumonia',
];

export const curb65: CalculatorDefinition = {
  id: 'curb65',
  title: 'CURB-65 community-acquired pneumonia severity',
  valueUnit: 'points',
  inputs: [flag('confusion', 'New confusion'), bun, respiratoryRate, sbpMmhg, dbpMmhg, ageYears],
  citation: 'Lim WS, van der Eerden MM, Laing R, et al. Defining community acquired pneumonia severity on presentation to hospital: an international derivation and validation study. Thorax 2003;58:377-382.',
  crossCheck: (v) => diastolicBelowSystolic(v.sbp_mmhg, v.dbp_mmhg),
  compute: (v) => {
    // Urea > 7 mmol/L in the original; > 19 mg/dL BUN is the usual US rendering of the same criterion.
    const uraemia = has(v, 'urea_mmol_l') ? num(v, 'urea_mmol_l') > 7 : num(v, 'bun_mg_dl') > 19;
    const lowBp = num(v, 'sbp_mmhg') < 90 || num(v, 'dbp_mmhg') <= 60;
    const value = [bool(v, 'confusion'), uraemia, num(v, 'respiratory_rate') >= 30, lowBp, num(v, 'age_years') >= 65].filter(Boolean).length;
    const category = value >= 3 ? 'high' : value === 2 ? 'intermediate' : 'low';
    return { value, category, interpretation: `CURB-65 ${value}: ${advice[Math.min(value, 3)]}. Clinical judgement and social circumstances decide the place of care.` };
  },
};
