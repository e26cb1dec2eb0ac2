/**
 * The shape of a calculator: its inputs (named with their unit, as CALCULATORS.md says), how to
 * compute it and where it comes from. The registry, the JSON API, the list endpoint and the
 * clinician's form are all generated from these definitions, so they cannot drift apart.
 */
export interface NumberInput {
  kind: 'number';
  name: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only (a Glasgow coma score). */
  integer?: boolean;
  /** Other units the same quantity may be given in; exactly one of the group is required. */
  alternatives?: readonly NumberAlternative[];
}

export interface NumberAlternative {
  name: string;
  unit: string;
  min: number;
  max: number;
  /** Converts a value in this unit to the primary input's unit. */
  toPrimary: (value: number) => number;
}

export interface BooleanInput {
  kind: 'boolean';
  name: string;
  label: string;
}

export interface EnumOption {
  value: string | number;
  label: string;
}

export interface EnumInput {
  kind: 'enum';
  name: string;
  label: string;
  options: readonly EnumOption[];
}

/** A set of flags chosen from a list (HEART's risk factors). */
export interface MultiEnumInput {
  kind: 'multi';
  name: string;
  label: string;
  options: readonly EnumOption[];
}

export type InputSpec = NumberInput | BooleanInput | EnumInput | MultiEnumInput;

/** Validated inputs: every given name, plus the primary name of a unit group in its primary unit. */
export type CalcValues = Record<string, number | boolean | string | readonly string[]>;

export interface CalcOutput {
  value: number;
  category?: string;
  interpretation: string;
}

export interface CalculatorDefinition {
  id: string;
  title: string;
  /** What the value is, in its unit ("kg/m²", "points"). */
  valueUnit: string;
  inputs: readonly InputSpec[];
  citation: string;
  compute: (values: CalcValues) => CalcOutput;
  /** Checks across inputs (diastolic below systolic); messages keyed by input name. */
  crossCheck?: (values: CalcValues) => Record<string, string> | null;
}

export const num = (values: CalcValues, name: string): number => values[name] as number;
export const bool = (values: CalcValues, name: string): boolean => values[name] === true;
export const str = (values: CalcValues, name: string): string => values[name] as string;
export const has = (values: CalcValues, name: string): boolean => values[name] !== undefined;

/** Rounds for display in interpretations; the value itself is returned unrounded. */
export const fixed = (value: number, digits = 1): string => value.toFixed(digits);
