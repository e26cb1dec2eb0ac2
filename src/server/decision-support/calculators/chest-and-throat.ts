import { bool, num, str, type CalculatorDefinition, type EnumInput, type MultiEnumInput } from './calculator-types';
import { ageYears, flag, temperatureC } from './common-inputs';

const history: EnumInput = {
  kind: 'enum', name: 'history', label: 'History',
  options: [
    { value: 'slightly_suspicious', label: 'Slightly suspicious' },
    { value: 'moderately_suspicious', label: 'Moderately suspicious' },
    { value: 'highly_suspicious', label: 'Highly suspicious' },
  ],
};
const ecg: EnumInput = {
  kind: 'enum', name: 'ecg', label: 'ECG',
  options: [
    { value: 'normal', label: 'Normal' },
    { value: 'nonspecific_repolarization', label: 'Non-specific repolarisation disturbance' },
    { value: 'significant_st_deviation', label: 'Significant ST deviation' },
  ],
};
const riskFactors: MultiEnumInput = {
  kind: 'multi', name: 'risk_factors_present', label: 'Risk factors present',
  options: [
    { value: 'diabetes', label: 'Diabetes' },
    { value: 'hypercholesterolemia', label: 'Hypercholesterolaemia' },
    { value: 'hypertension', label: 'Hypertension' },
    { value: 'smoking', label: 'Current or recent smoking' },
    { value: 'family_history', label: 'Family history of premature coronary disease' },
    { value: 'obesity', label: 'Obesity (BMI > 30)' },
  ],
};
const troponin: EnumInput = {
  kind: 'enum', name: 'initial_troponin', label: 'Initial troponin',
  options: [
    { value: 'le_normal', label: '≤ normal limit' },
    { value: '1_to_3x_normal', label: '1–3 × normal limit' },
    { value: 'gt_3x_normal', label: '> 3 × normal limit' },
  ],
};

const levelOf = (input: EnumInput, value: string) => input.options.findIndex((o) => o.value === value);

export const heart: CalculatorDefinition = {
  id: 'heart',
  title: 'HEART score for chest pain',
  valueUnit: 'points',
  inputs: [history, ecg, ageYears, riskFactors, flag('known_atherosclerotic_disease', 'Known atherosclerotic disease (prior MI, PCI/CABG, stroke/TIA, peripheral artery disease)'), troponin],
  citation: 'Six AJ, Backus BE, Kelder JC. Chest pain in the emergency room: value of the HEART score. Neth Heart J 2008;16:191-196.',
  compute: (v) => {
    const age = num(v, 'age_years');
    const factors = (v.risk_factors_present as readonly string[]).length;
    const risk = bool(v, 'known_atherosclerotic_disease') || factors >= 3 ? 2 : factors >= 1 ? 1 : 0;
    const value = levelOf(history, str(v, 'history')) + levelOf(ecg, str(v, 'ecg')) + (age >= 65 ? 2 : age >= 45 ? 1 : 0) + risk + levelOf(troponin, str(v, 'initial_troponin'));
    const category = value >= 7 ? 'high' : value >= 4 ? 'moderate' : 'low';
    const text = { low: 'MACE risk about 1.7 % at 6 weeks: early discharge may be considered', moderate: 'MACE risk about 12–17 %: observation and further testing', high: 'MACE risk about 50–65 %: early invasive strategy' }[category];
    return { value, category, interpretation: `HEART ${value}: ${category} risk; ${text} (Backus BE, et al. Int J Cardiol 2013;168:2153-2158).` };
  },
};

const strepRisk = ['1–2.5 %', '5–10 %', '11–17 %', '28–35 %', '51–53 %'];

export const centorMcisaac: CalculatorDefinition = {
  id: 'centor_mcisaac',
  title: 'Centor score, McIsaac modification (streptococcal pharyngitis)',
  valueUnit: 'points',
  inputs: [
    { ...ageYears, min: 3 },
    temperatureC,
    flag('cough_absent', 'Cough absent'),
    flag('tender_swollen_anterior_cervical_nodes', 'Tender or swollen anterior cervical nodes'),
    flag('tonsillar_exudate_or_swelling', 'Tonsillar exudate or swelling'),
  ],
  citation: 'McIsaac WJ, White D, Tannenbaum D, Low DE. A clinical score to reduce unnecessary antibiotic use in patients with sore throat. CMAJ 1998;158:75-83.',
  compute: (v) => {
    const age = num(v, 'age_years');
    const value =
      (num(v, 'temperature_c') > 38 ? 1 : 0) + (bool(v, 'cough_absent') ? 1 : 0) + (bool(v, 'tender_swollen_anterior_cervical_nodes') ? 1 : 0) +
      (bool(v, 'tonsillar_exudate_or_swelling') ? 1 : 0) + (age <= 14 ? 1 : age >= 45 ? -1 : 0);
    const risk = strepRisk[Math.max(0, Math.min(value, 4))];
    const text = value <= 1 ? 'no testing or antibiotics needed' : value <= 3 ? 'consider a rapid antigen test or culture; treat if positive' : 'consider testing, or empirical treatment per local guidance';
    return { value, interpretation: `McIsaac ${value}: streptococcal infection risk about ${risk}; ${text}.` };
  },
};
