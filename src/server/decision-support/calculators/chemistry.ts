import { fixed, num, type CalculatorDefinition, type NumberInput } from './calculator-types';
import { sodiumMmolL } from './common-inputs';

const chloride: NumberInput = { kind: 'number', name: 'chloride_mmol_l', label: 'Chloride', unit: 'mmol/L', min: 50, max: 160 };
const bicarbonate: NumberInput = { kind: 'number', name: 'bicarbonate_mmol_l', label: 'Bicarbonate', unit: 'mmol/L', min: 1, max: 60 };

export const anionGap: CalculatorDefinition = {
  id: 'anion_gap',
  title: 'Anion gap',
  valueUnit: 'mmol/L',
  inputs: [sodiumMmolL, chloride, bicarbonate],
  citation: 'Kraut JA, Madias NE. Serum anion gap: its uses and limitations in clinical medicine. Clin J Am Soc Nephrol 2007;2:162-174.',
  compute: (v) => {
    const value = num(v, 'sodium_mmol_l') - (num(v, 'chloride_mmol_l') + num(v, 'bicarbonate_mmol_l'));
    const band = value > 12 ? 'elevated (above about 12 mmol/L): consider a high anion gap metabolic acidosis' : value < 3 ? 'low: check for laboratory error, hypoalbuminaemia or paraproteins' : 'within the usual range (about 3–12 mmol/L without potassium; reference ranges vary by laboratory)';
    return { value, interpretation: `Anion gap ${fixed(value)} mmol/L: ${band}. Lower albumin lowers the expected gap (about 2.5 mmol/L per 1 g/dL).` };
  },
};

const calciumMgDl: NumberInput = { kind: 'number', name: 'calcium_mg_dl', label: 'Total calcium', unit: 'mg/dL', min: 2, max: 20 };
const albuminGdl: NumberInput = {
  kind: 'number',
  name: 'albumin_g_dl',
  label: 'Albumin',
  unit: 'g/dL',
  min: 0.5,
  max: 7,
  alternatives: [{ name: 'albumin_g_l', unit: 'g/L', min: 5, max: 70, toPrimary: (gl) => gl / 10 }],
};

export const calciumCorrectedAlbumin: CalculatorDefinition = {
  id: 'calcium_corrected_albumin',
  title: 'Calcium corrected for albumin (Payne)',
  valueUnit: 'mg/dL',
  inputs: [calciumMgDl, albuminGdl],
  citation: 'Payne RB, Little AJ, Williams RB, Milner JR. Interpretation of serum calcium in patients with abnormal serum proteins. Br Med J 1973;4:643-646. Corrected Ca = Ca + 0.8 × (4 − albumin g/dL).',
  compute: (v) => {
    const value = num(v, 'calcium_mg_dl') + 0.8 * (4 - num(v, 'albumin_g_dl'));
    const band = value > 10.5 ? 'above the usual range (8.5–10.5 mg/dL): hypercalcaemia' : value < 8.5 ? 'below the usual range (8.5–10.5 mg/dL): hypocalcaemia' : 'within the usual range (8.5–10.5 mg/dL)';
    return { value, interpretation: `Corrected calcium ${fixed(value, 2)} mg/dL: ${band}. Measure ionised calcium when the result matters.` };
  },
};
