/**
 * How chart entries become calculator inputs. Observations are matched by LOINC code and taken only in the
 * unit the input expects (UCUM): a value in another unit is left for the clinician, never converted silently.
 * Problems (ICD-10-CM) set yes/no inputs by code prefix.
 */
export interface ObservationMapping {
  loinc: readonly string[];
  units: readonly string[];
  inputs: readonly string[];
}

export const observationMappings: readonly ObservationMapping[] = [
  { loinc: ['29463-7'], units: ['kg'], inputs: ['weight_kg'] },
  { loinc: ['8302-2'], units: ['cm'], inputs: ['height_cm'] },
  { loinc: ['8480-6'], units: ['mm[Hg]', 'mmHg'], inputs: ['sbp_mmhg', 'systolic_bp_mmhg'] },
  { loinc: ['8462-4'], units: ['mm[Hg]', 'mmHg'], inputs: ['dbp_mmhg'] },
  { loinc: ['8867-4'], units: ['/min'], inputs: ['heart_rate_bpm', 'pulse_per_min'] },
  { loinc: ['9279-1'], units: ['/min'], inputs: ['respiratory_rate', 'respiration_rate_per_min'] },
  { loinc: ['8310-5'], units: ['Cel'], inputs: ['temperature_c'] },
  { loinc: ['59408-5', '2708-6'], units: ['%'], inputs: ['spo2_pct', 'sao2_pct'] },
  { loinc: ['2160-0'], units: ['mg/dL'], inputs: ['scr_mg_dl', 'creatinine_mg_dl'] },
  { loinc: ['33863-3'], units: ['mg/L'], inputs: ['scys_mg_l'] },
  { loinc: ['2951-2'], units: ['mmol/L'], inputs: ['sodium_mmol_l'] },
  { loinc: ['2075-0'], units: ['mmol/L'], inputs: ['chloride_mmol_l'] },
  { loinc: ['1963-8'], units: ['mmol/L'], inputs: ['bicarbonate_mmol_l'] },
  { loinc: ['17861-6'], units: ['mg/dL'], inputs: ['calcium_mg_dl'] },
  { loinc: ['1751-7'], units: ['g/dL'], inputs: ['albumin_g_dl'] },
  { loinc: ['1975-2'], units: ['mg/dL'], inputs: ['bilirubin_mg_dl'] },
  { loinc: ['6301-6', '34714-6'], units: ['{INR}', '1', '{ratio}'], inputs: ['inr'] },
  { loinc: ['3094-0', '6299-2'], units: ['mg/dL'], inputs: ['bun_mg_dl'] },
];

export const observationLoincCodes = observationMappings.flatMap((m) => m.loinc);

const prefixes = (list: string) => list.split(' ');
const diabetes = prefixes('E08 E09 E10 E11 E13');
const hypertension = prefixes('I10 I11 I12 I13 I15 I16');
const atherosclerosis = prefixes('I20 I21 I22 I24 I25 I63 I65 I66 I70 I73.9 G45 Z95.1 Z95.5 Z86.73');

/** Yes/no inputs set from active problems. */
export const problemFlags: Readonly<Record<string, readonly string[]>> = {
  hypertension,
  diabetes,
  chf: prefixes('I50 I11.0 I13.0 I13.2'),
  stroke_tia_thromboembolism: prefixes('I63 I64 G45 Z86.73 I26 I74 Z86.71'),
  vascular_disease: prefixes('I21 I22 I25 I70 I73.9 Z95.1 Z95.5'),
  known_atherosclerotic_disease: atherosclerosis,
  previous_pe_or_dvt: prefixes('I26 I80.1 I80.2 I82.4 Z86.71'),
  prior_pe_or_dvt: prefixes('I26 I80.1 I80.2 I82.4 Z86.71'),
  previous_dvt: prefixes('I80.1 I80.2 I82.4 Z86.71'),
};

/** HEART's risk factor list from active problems. */
export const heartRiskFactors: Readonly<Record<string, readonly string[]>> = {
  diabetes,
  hypertension,
  hypercholesterolemia: prefixes('E78.0 E78.1 E78.2 E78.4 E78.5'),
  smoking: prefixes('F17 Z72.0'),
  family_history: prefixes('Z82.49'),
  obesity: prefixes('E66'),
};

export const matchesAny = (code: string, list: readonly string[]) => list.some((prefix) => code === prefix || code.startsWith(prefix));
