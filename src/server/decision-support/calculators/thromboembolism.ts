import { bool, num, type CalculatorDefinition, type NumberInput } from './calculator-types';
import { ageYears, flag, heartRateBpm } from './common-inputs';

export const wellsPe: CalculatorDefinition = {
  id: 'wells_pe',
  title: 'Wells score for pulmonary embolism',
  valueUnit: 'points',
  inputs: [
    flag('clinical_signs_dvt', 'Clinical signs and symptoms of DVT'),
    flag('pe_most_likely_diagnosis', 'PE is the most likely diagnosis'),
    heartRateBpm,
    flag('immobilization_ge3d_or_surgery_prev_4wk', 'Immobilisation ≥ 3 days or surgery in the previous 4 weeks'),
    flag('previous_pe_or_dvt', 'Previous PE or DVT'),
    flag('hemoptysis', 'Haemoptysis'),
    flag('malignancy', 'Malignancy (treatment within 6 months or palliative)'),
  ],
  citation: 'Wells PS, Anderson DR, Rodger M, et al. Derivation of a simple clinical model to categorize patients probability of pulmonary embolism: increasing the models utility with the SimpliRED D-dimer. Thromb Haemost 2000;83:416-420.',
  compute: (v) => {
    const value =
      (bool(v, 'clinical_signs_dvt') ? 3 : 0) + (bool(v, 'pe_most_likely_diagnosis') ? 3 : 0) + (num(v, 'heart_rate_bpm') > 100 ? 1.5 : 0) +
      (bool(v, 'immobilization_ge3d_or_surgery_prev_4wk') ? 1.5 : 0) + (bool(v, 'previous_pe_or_dvt') ? 1.5 : 0) + (bool(v, 'hemoptysis') ? 1 : 0) + (bool(v, 'malignancy') ? 1 : 0);
    const category = value > 4 ? 'PE likely' : 'PE unlikely';
    const threeTier = value > 6 ? 'high' : value >= 2 ? 'moderate' : 'low';
    const next = value > 4 ? 'proceed to CT pulmonary angiography' : 'a normal D-dimer makes PE very unlikely';
    return { value, category, interpretation: `Wells ${value}: ${category} (two-tier, cut-off > 4); ${threeTier} probability in the three-tier model. ${next[0]!.toUpperCase()}${next.slice(1)}.` };
  },
};

export const wellsDvt: CalculatorDefinition = {
  id: 'wells_dvt',
  title: 'Wells score for deep vein thrombosis',
  valueUnit: 'points',
  inputs: [
    flag('active_cancer', 'Active cancer (treatment within 6 months or palliative)'),
    flag('paralysis_paresis_or_recent_cast', 'Paralysis, paresis or recent plaster cast of a leg'),
    flag('bedridden_gt3d_or_major_surgery_12wk', 'Bedridden > 3 days or major surgery within 12 weeks'),
    flag('localized_tenderness_deep_veins', 'Localised tenderness along the deep venous system'),
    flag('entire_leg_swollen', 'Entire leg swollen'),
    flag('calf_swelling_gt3cm', 'Calf swelling > 3 cm compared with the other leg'),
    flag('pitting_edema_symptomatic_leg', 'Pitting oedema confined to the symptomatic leg'),
    flag('collateral_superficial_veins', 'Collateral superficial veins (non-varicose)'),
    flag('previous_dvt', 'Previously documented DVT'),
    flag('alternative_dx_as_likely', 'An alternative diagnosis is at least as likely as DVT'),
  ],
  citation: 'Wells PS, Anderson DR, Rodger M, et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med 2003;349:1227-1235.',
  compute: (v) => {
    const positives = wellsDvt.inputs.filter((i) => i.name !== 'alternative_dx_as_likely' && bool(v, i.name)).length;
    const value = positives - (bool(v, 'alternative_dx_as_likely') ? 2 : 0);
    const category = value >= 2 ? 'DVT likely' : 'DVT unlikely';
    const next = value >= 2 ? 'proceed to compression ultrasound' : 'a normal D-dimer makes DVT very unlikely';
    return { value, category, interpretation: `Wells ${value}: ${category} (cut-off ≥ 2); ${next}.` };
  },
};

const sao2: NumberInput = { kind: 'number', name: 'sao2_pct', label: 'Oxygen saturation on room air', unit: '%', min: 50, max: 100 };

export const perc: CalculatorDefinition = {
  id: 'perc',
  title: 'PERC rule for pulmonary embolism',
  valueUnit: 'criteria met',
  inputs: [
    ageYears,
    heartRateBpm,
    sao2,
    flag('unilateral_leg_swelling', 'Unilateral leg swelling'),
    flag('hemoptysis', 'Haemoptysis'),
    flag('recent_surgery_or_trauma', 'Surgery or trauma within 4 weeks'),
    flag('prior_pe_or_dvt', 'Prior PE or DVT'),
    flag('hormone_use', 'Hormone use (oral contraceptives, hormone replacement, oestrogen)'),
  ],
  citation: 'Kline JA, Mitchell AM, Kabrhel C, Richman PB, Courtney DM. Clinical criteria to prevent unnecessary diagnostic testing in emergency department patients with suspected pulmonary embolism. J Thromb Haemost 2004;2:1247-1255.',
  compute: (v) => {
    const flags = ['unilateral_leg_swelling', 'hemoptysis', 'recent_surgery_or_trauma', 'prior_pe_or_dvt', 'hormone_use'].filter((name) => bool(v, name)).length;
    const value = flags + (num(v, 'age_years') >= 50 ? 1 : 0) + (num(v, 'heart_rate_bpm') >= 100 ? 1 : 0) + (num(v, 'sao2_pct') < 95 ? 1 : 0);
    const category = value === 0 ? 'negative' : 'positive';
    const text = value === 0
      ? 'PERC negative: in a patient with low pre-test probability (gestalt < 15 %), PE can be ruled out without further testing'
      : `PERC positive (${value} criteria met): the rule cannot exclude PE; use D-dimer or imaging per pre-test probability`;
    return { value, category, interpretation: `${text}. Applies only when clinical pre-test probability is low.` };
  },
};
