/** LOINC codes with their display names and UCUM units, for vitals and the labs the demo draws. */
export interface LoincSpec {
  code: string;
  display: string;
  unit: string;
}

export const vitalsLoinc = {
  systolic: { code: '8480-6', display: 'Systolic blood pressure', unit: 'mm[Hg]' },
  diastolic: { code: '8462-4', display: 'Diastolic blood pressure', unit: 'mm[Hg]' },
  heartRate: { code: '8867-4', display: 'Heart rate', unit: '/min' },
  respiratoryRate: { code: '9279-1', display: 'Respiratory rate', unit: '/min' },
  temperature: { code: '8310-5', display: 'Body temperature', unit: 'Cel' },
  weight: { code: '29463-7', display: 'Body weight', unit: 'kg' },
  height: { code: '8302-2', display: 'Body height', unit: 'cm' },
  bmi: { code: '39156-5', display: 'Body mass index (BMI) [Ratio]', unit: 'kg/m2' },
  spo2: { code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry', unit: '%' },
} as const satisfies Record<string, LoincSpec>;

export const labLoinc = {
  hba1c: { code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood', unit: '%' },
  glucose: { code: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma', unit: 'mg/dL' },
  cholesterol: { code: '2093-3', display: 'Cholesterol [Mass/volume] in Serum or Plasma', unit: 'mg/dL' },
  ldl: { code: '13457-7', display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation', unit: 'mg/dL' },
  hdl: { code: '2085-9', display: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', unit: 'mg/dL' },
  triglycerides: { code: '2571-8', display: 'Triglyceride [Mass/volume] in Serum or Plasma', unit: 'mg/dL' },
  tsh: { code: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma', unit: 'm[IU]/L' },
  creatinine: { code: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', unit: 'mg/dL' },
  potassium: { code: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma', unit: 'mmol/L' },
  hemoglobin: { code: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', unit: 'g/dL' },
  vitaminD: { code: '62292-8', display: '25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma', unit: 'ng/mL' },
} as const satisfies Record<string, LoincSpec>;

export type LabName = keyof typeof labLoinc;

/**
 * How a lab moves across a patient's visits once treatment starts: value at the n-th draw is
 * start + n * step, never past `goal`, plus a little noise. Keyed by the problem that
 * makes a clinician order it, so labs always match the problem list.
 */
export interface LabTrend {
  lab: LabName;
  start: number;
  step: number;
  goal: number;
  spread: number;
  decimals: number;
}

const lipids: LabTrend[] = [
  { lab: 'cholesterol', start: 238, step: -18, goal: 182, spread: 6, decimals: 0 },
  { lab: 'ldl', start: 158, step: -17, goal: 98, spread: 5, decimals: 0 },
  { lab: 'hdl', start: 44, step: 1, goal: 48, spread: 3, decimals: 0 },
  { lab: 'triglycerides', start: 205, step: -15, goal: 150, spread: 10, decimals: 0 },
];

export const labTrendsByCondition: Readonly<Record<string, LabTrend[]>> = {
  'E11.9': [
    { lab: 'hba1c', start: 8.2, step: -0.4, goal: 6.9, spread: 0.2, decimals: 1 },
    { lab: 'glucose', start: 171, step: -15, goal: 124, spread: 7, decimals: 0 },
  ],
  'E10.9': [{ lab: 'hba1c', start: 8.6, step: -0.3, goal: 7.4, spread: 0.2, decimals: 1 }],
  'R73.03': [{ lab: 'hba1c', start: 6.1, step: -0.1, goal: 5.8, spread: 0.1, decimals: 1 }],
  'E78.5': lipids,
  'I25.10': lipids,
  'E03.9': [{ lab: 'tsh', start: 7.9, step: -2.1, goal: 2.2, spread: 0.4, decimals: 2 }],
  'N18.30': [{ lab: 'creatinine', start: 1.52, step: 0, goal: 1.52, spread: 0.06, decimals: 2 }],
  'I50.9': [{ lab: 'potassium', start: 3.5, step: 0.25, goal: 4.2, spread: 0.1, decimals: 1 }],
  'D50.9': [{ lab: 'hemoglobin', start: 10.3, step: 0.8, goal: 12.8, spread: 0.2, decimals: 1 }],
  'E55.9': [{ lab: 'vitaminD', start: 14, step: 8, goal: 36, spread: 2, decimals: 0 }],
};
