import { bool, num, str, type CalculatorDefinition, type NumberInput } from './calculator-types';
import { ageYears, flag, sex } from './common-inputs';

const points = (value: boolean, weight = 1) => (value ? weight : 0);

export const cha2ds2Vasc: CalculatorDefinition = {
  id: 'cha2ds2_vasc',
  title: 'CHA₂DS₂-VASc stroke risk in atrial fibrillation',
  valueUnit: 'points',
  inputs: [
    ageYears,
    sex,
    flag('chf', 'Congestive heart failure or LV dysfunction'),
    flag('hypertension', 'Hypertension'),
    flag('stroke_tia_thromboembolism', 'Prior stroke, TIA or thromboembolism'),
    flag('vascular_disease', 'Vascular disease (prior MI, peripheral artery disease, aortic plaque)'),
    flag('diabetes', 'Diabetes mellitus'),
  ],
  citation: 'Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM. Refining clinical risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel risk factor-based approach: the Euro Heart Survey on Atrial Fibrillation. Chest 2010;137:263-272.',
  compute: (v) => {
    const age = num(v, 'age_years');
    const female = str(v, 'sex') === 'female';
    const value =
      points(bool(v, 'chf')) + points(bool(v, 'hypertension')) + (age >= 75 ? 2 : age >= 65 ? 1 : 0) + points(bool(v, 'diabetes')) +
      points(bool(v, 'stroke_tia_thromboembolism'), 2) + points(bool(v, 'vascular_disease')) + points(female);
    // Female sex is a risk modifier rather than a risk factor: the thresholds move up by one for women.
    const nonSex = value - points(female);
    const category = nonSex === 0 ? 'low' : nonSex === 1 ? 'intermediate' : 'high';
    const advice = {
      low: 'no antithrombotic therapy is recommended for stroke prevention',
      intermediate: 'oral anticoagulation should be considered, weighing bleeding risk and patient preference',
      high: 'oral anticoagulation is recommended unless contraindicated',
    }[category];
    return { value, category, interpretation: `CHA₂DS₂-VASc ${value}: ${category} stroke risk; ${advice} (ESC 2020 atrial fibrillation guideline).` };
  },
};

const alcohol: NumberInput = { kind: 'number', name: 'alcohol_drinks_per_week', label: 'Alcohol', unit: 'drinks/week', min: 0, max: 300 };

export const hasBled: CalculatorDefinition = {
  id: 'has_bled',
  title: 'HAS-BLED bleeding risk on anticoagulation',
  valueUnit: 'points',
  inputs: [
    flag('hypertension_uncontrolled', 'Uncontrolled hypertension (systolic > 160 mmHg)'),
    flag('abnormal_renal_function', 'Abnormal renal function (dialysis, transplant, creatinine > 2.26 mg/dL)'),
    flag('abnormal_liver_function', 'Abnormal liver function (cirrhosis, bilirubin > 2× or AST/ALT > 3× normal)'),
    flag('stroke_history', 'Prior stroke'),
    flag('bleeding_history_or_predisposition', 'Prior major bleeding or predisposition'),
    flag('labile_inr', 'Labile INR (time in range < 60%)'),
    ageYears,
    flag('antiplatelet_or_nsaid', 'Antiplatelet or NSAID use'),
    alcohol,
  ],
  citation: 'Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH. A novel user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the Euro Heart Survey. Chest 2010;138:1093-1100.',
  compute: (v) => {
    const flags = ['hypertension_uncontrolled', 'abnormal_renal_function', 'abnormal_liver_function', 'stroke_history', 'bleeding_history_or_predisposition', 'labile_inr', 'antiplatelet_or_nsaid'];
    const value = flags.reduce((sum, name) => sum + points(bool(v, name)), 0) + points(num(v, 'age_years') > 65) + points(num(v, 'alcohol_drinks_per_week') >= 8);
    const category = value >= 3 ? 'high' : value === 2 ? 'moderate' : 'low';
    return {
      value,
      category,
      interpretation: `HAS-BLED ${value}: ${category} bleeding risk. A score of 3 or more calls for caution, regular review and correction of modifiable risk factors; it is not by itself a reason to withhold anticoagulation.`,
    };
  },
};
