import icd10cmFile from './icd10cm.json';
import loincFile from './loinc.json';

/**
 * The bundled code sets: a curated primary-care subset of ICD-10-CM (problems) and common LOINC codes for vitals and
 * labs (observations). Data files, read once; entries are checked against them on every write, so a chart never
 * holds a code the platform cannot display.
 */
export interface Icd10Code {
  code: string;
  display: string;
}

export interface LoincCode {
  code: string;
  display: string;
  /** UCUM unit the value is recorded in. */
  unit: string;
  kind: 'vital' | 'lab';
  /** Plausibility limits (ClinixAI's, not reference ranges): a value outside them is a typing error. */
  min: number;
  max: number;
}

export const codeSystems = ['icd10cm', 'loinc'] as const;
export type CodeSystem = (typeof codeSystems)[number];

export const icd10cmCodes: readonly Icd10Code[] = icd10cmFile.codes;
export const loincCodes: readonly LoincCode[] = loincFile.codes.map((c) => ({ ...c, kind: c.kind === 'lab' ? 'lab' : 'vital' }));

const icdByCode = new Map(icd10cmCodes.map((c) => [c.code, c]));
const loincByCode = new Map(loincCodes.map((c) => [c.code, c]));

export const findIcd10 = (code: string): Icd10Code | undefined => icdByCode.get(code.trim().toUpperCase());
export const findLoinc = (code: string): LoincCode | undefined => loincByCode.get(code.trim());
