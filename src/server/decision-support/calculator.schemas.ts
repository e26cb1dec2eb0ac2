import { z } from 'zod';
import type { CalculatorDefinition, InputSpec } from './calculators/calculator-types';

/** POST /api/v1/decision-support/calculators/{id}: the inputs object itself is checked per calculator. */
export const calculateRequestSchema = z.strictObject({
  inputs: z.record(z.string(), z.unknown(), { error: 'Must be an object of named inputs.' }),
});
export type CalculateRequest = z.infer<typeof calculateRequestSchema>;

export const calculatorIdSchema = z.string().regex(/^[a-z0-9_]{1,64}$/);

export interface CalculationResult {
  calculator: string;
  value: number;
  category?: string;
  interpretation: string;
  citation: string;
  inputsUsed: Record<string, unknown>;
}

export interface InputDescription {
  name: string;
  label: string;
  type: 'number' | 'boolean' | 'enum' | 'array';
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  allowedValues?: (string | number)[];
  optionLabels?: string[];
  /** The same quantity in another unit: give exactly one of the input and its alternatives. */
  alternatives?: { name: string; unit: string; min: number; max: number }[];
}

export interface CalculatorDescription {
  id: string;
  title: string;
  valueUnit: string;
  citation: string;
  inputs: InputDescription[];
}

function describeInput(spec: InputSpec): InputDescription {
  switch (spec.kind) {
    case 'number':
      return {
        name: spec.name, label: spec.label, type: 'number', unit: spec.unit, min: spec.min, max: spec.max,
        ...(spec.integer ? { integer: true } : {}),
        ...(spec.alternatives?.length ? { alternatives: spec.alternatives.map(({ name, unit, min, max }) => ({ name, unit, min, max })) } : {}),
      };
    case 'boolean':
      return { name: spec.name, label: spec.label, type: 'boolean' };
    case 'enum':
    case 'multi':
      return {
        name: spec.name, label: spec.label, type: spec.kind === 'enum' ? 'enum' : 'array',
        allowedValues: spec.options.map((o) => o.value), optionLabels: spec.options.map((o) => o.label),
      };
  }
}

/** The list endpoint's view of a calculator: fields picked explicitly, no functions. */
export function describeCalculator(definition: CalculatorDefinition): CalculatorDescription {
  return { id: definition.id, title: definition.title, valueUnit: definition.valueUnit, citation: definition.citation, inputs: definition.inputs.map(describeInput) };
}
