import { bool, num, str, type CalculatorDefinition, type EnumInput, type NumberInput } from './calculator-types';
import { flag, temperatureC } from './common-inputs';

/** NEWS2 parameter bands, RCP 2017 chart 1. Each returns the parameter's score. */
const band = (value: number, limits: readonly [number, number][], above: number): number => {
  for (const [upTo, score] of limits) if (value <= upTo) return score;
  return above;
};
export const news2Respiration = (rr: number) => band(rr, [[8, 3], [11, 1], [20, 0], [24, 2]], 3);
export const news2SystolicBp = (sbp: number) => band(sbp, [[90, 3], [100, 2], [110, 1], [219, 0]], 3);
export const news2Pulse = (pulse: number) => band(pulse, [[40, 3], [50, 1], [90, 0], [110, 1], [130, 2]], 3);
export const news2Temperature = (t: number) => band(t, [[35, 3], [36, 1], [38, 0], [39, 1]], 2);

export function news2Spo2(spo2: number, scale: number, onOxygen: boolean): number {
  if (scale === 1) return band(spo2, [[91, 3], [93, 2], [95, 1]], 0);
  if (spo2 <= 87) return band(spo2, [[83, 3], [85, 2]], 1);
  // Scale 2 (target 88–92 %, hypercapnic respiratory failure): high saturations score only on oxygen.
  if (!onOxygen || spo2 <= 92) return 0;
  return band(spo2, [[94, 1], [96, 2]], 3);
}

const consciousness: EnumInput = {
  kind: 'enum',
  name: 'consciousness',
  label: 'Consciousness (ACVPU)',
  options: [
    { value: 'A', label: 'Alert' },
    { value: 'C', label: 'New confusion' },
    { value: 'V', label: 'Responds to voice' },
    { value: 'P', label: 'Responds to pain' },
    { value: 'U', label: 'Unresponsive' },
  ],
};
const spo2Scale: EnumInput = {
  kind: 'enum',
  name: 'spo2_scale',
  label: 'SpO₂ scale',
  options: [
    { value: 1, label: 'Scale 1 (usual)' },
    { value: 2, label: 'Scale 2 (target 88–92 %, hypercapnic respiratory failure)' },
  ],
};
const n = (name: string, label: string, unit: string, min: number, max: number): NumberInput => ({ kind: 'number', name, label, unit, min, max });

const responses: Record<string, string> = {
  low: 'continue routine monitoring (minimum every 12 hours; every 4–6 hours for a score of 1–4) and inform the registered nurse',
  'low-medium': 'a single parameter scores 3: urgent ward-based review by a clinician to decide on escalation',
  medium: 'key threshold: urgent review by a clinician competent in acute illness, monitoring at least hourly',
  high: 'emergency response: immediate assessment by a team with critical-care competencies, continuous monitoring',
};

export const news2: CalculatorDefinition = {
  id: 'news2',
  title: 'National Early Warning Score 2 (NEWS2)',
  valueUnit: 'points',
  inputs: [
    n('respiration_rate_per_min', 'Respiration rate', 'breaths/min', 0, 80),
    n('spo2_pct', 'Oxygen saturation (SpO₂)', '%', 50, 100),
    spo2Scale,
    flag('on_supplemental_oxygen', 'On supplemental oxygen'),
    n('systolic_bp_mmhg', 'Systolic blood pressure', 'mmHg', 30, 300),
    n('pulse_per_min', 'Pulse', 'beats/min', 20, 300),
    consciousness,
    temperatureC,
  ],
  citation: 'Royal College of Physicians. National Early Warning Score (NEWS) 2: Standardising the assessment of acute-illness severity in the NHS. Updated report of a working party. London: RCP; 2017.',
  compute: (v) => {
    const onOxygen = bool(v, 'on_supplemental_oxygen');
    const parts = [
      news2Respiration(num(v, 'respiration_rate_per_min')),
      news2Spo2(num(v, 'spo2_pct'), num(v, 'spo2_scale'), onOxygen),
      onOxygen ? 2 : 0,
      news2SystolicBp(num(v, 'systolic_bp_mmhg')),
      news2Pulse(num(v, 'pulse_per_min')),
      str(v, 'consciousness') === 'A' ? 0 : 3,
      news2Temperature(num(v, 'temperature_c')),
    ];
    const value = parts.reduce((a, b) => a + b, 0);
    const category = value >= 7 ? 'high' : value >= 5 ? 'medium' : parts.includes(3) ? 'low-medium' : 'low';
    return { value, category, interpretation: `NEWS2 ${value}, clinical risk ${category}: ${responses[category]} (RCP 2017).` };
  },
};

export const qsofa: CalculatorDefinition = {
  id: 'qsofa',
  title: 'qSOFA (quick Sequential Organ Failure Assessment)',
  valueUnit: 'points',
  inputs: [
    n('respiratory_rate', 'Respiratory rate', 'breaths/min', 0, 80),
    { ...n('gcs', 'Glasgow coma scale', 'points', 3, 15), integer: true },
    n('sbp_mmhg', 'Systolic blood pressure', 'mmHg', 30, 300),
  ],
  citation: 'Seymour CW, Liu VX, Iwashyna TJ, et al. Assessment of clinical criteria for sepsis: for the Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3). JAMA 2016;315:762-774.',
  compute: (v) => {
    const value = (num(v, 'respiratory_rate') >= 22 ? 1 : 0) + (num(v, 'gcs') < 15 ? 1 : 0) + (num(v, 'sbp_mmhg') <= 100 ? 1 : 0);
    const category = value >= 2 ? 'positive' : 'negative';
    const text = category === 'positive' ? 'higher risk of poor outcome if infection is suspected; assess for organ dysfunction (SOFA)' : 'does not rule out sepsis; reassess if the patient deteriorates';
    return { value, category, interpretation: `qSOFA ${value} (${category}): ${text}. qSOFA is a prognostic prompt, not a diagnostic test for sepsis.` };
  },
};
