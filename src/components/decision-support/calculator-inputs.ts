import type { CalculatorDescription } from './decision-support-api';
import type { FormValue } from './calculator-fields';

export interface RequestPlan {
  /** null while nothing has been entered: there is nothing to ask the API yet. */
  inputs: Record<string, unknown> | null;
  missing: string[];
  /** Input names (as sent) the clinician has filled in: only their errors are shown while typing. */
  filled: Set<string>;
}

/** Turns form state into the API's strictly typed inputs: numbers as numbers, enums as their own type. */
export function planRequest(calculator: CalculatorDescription, values: Record<string, FormValue>, units: Record<string, string>): RequestPlan {
  const inputs: Record<string, unknown> = {};
  const missing: string[] = [];
  const filled = new Set<string>();
  for (const input of calculator.inputs) {
    const value = values[input.name];
    if (input.type === 'boolean') inputs[input.name] = value === true;
    else if (input.type === 'array') inputs[input.name] = Array.isArray(value) ? value : [];
    else if (typeof value === 'string' && value.trim() !== '') {
      const name = input.type === 'number' ? (units[input.name] ?? input.name) : input.name;
      const typed = input.type === 'number' ? Number(value) : input.allowedValues?.find((allowed) => String(allowed) === value);
      inputs[name] = typed;
      filled.add(name);
    } else missing.push(input.label);
  }
  return { inputs: filled.size > 0 ? inputs : null, missing, filled };
}
