import { notFound, validationFailed } from '@/lib/errors';
import { findCalculator } from './calculator-registry';
import type { CalculationResult } from './calculator.schemas';

/**
 * The calculation itself, pure and synchronous: the API, the clinician's screens, the vectors test and
 * the bench all go through here. Unknown ids are 404; invalid inputs are 422 naming each input.
 */
export function computeCalculation(id: string, rawInputs: Record<string, unknown>): CalculationResult {
  const calculator = findCalculator(id);
  if (!calculator) throw notFound('The calculator');
  const checked = calculator.validate(rawInputs);
  if (!checked.ok) throw validationFailed(checked.fieldErrors, 'Some inputs are missing or out of range.');
  const { definition } = calculator;
  const output = definition.compute(checked.values);
  return {
    calculator: definition.id,
    value: output.value,
    ...(output.category !== undefined ? { category: output.category } : {}),
    interpretation: output.interpretation,
    citation: definition.citation,
    inputsUsed: { ...checked.values },
  };
}
