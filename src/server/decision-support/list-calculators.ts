import type { Principal } from '@/server/access/principal';
import { calculatorDefinitions } from './calculator-registry';
import { describeCalculator, type CalculatorDescription } from './calculator.schemas';
import { requireDecisionSupport } from './decision-support-access';

const descriptions: CalculatorDescription[] = calculatorDefinitions.map(describeCalculator);

/** The catalogue for pickers and integrations: ids, titles, inputs with units and allowed values, citations. */
export function calculatorCatalogue(): CalculatorDescription[] {
  return descriptions;
}

export async function listCalculators(principal: Principal): Promise<{ calculators: CalculatorDescription[] }> {
  await requireDecisionSupport(principal, 'decision_support.list_calculators');
  return { calculators: descriptions };
}
