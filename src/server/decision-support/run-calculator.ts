import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { findCalculator } from './calculator-registry';
import type { CalculateRequest, CalculationResult } from './calculator.schemas';
import { computeCalculation } from './compute-calculation';
import { requireDecisionSupport } from './decision-support-access';

/**
 * Access first, then the calculator, then the body: someone without decision support learns nothing,
 * not even whether their body was valid. The body is read through `readRequest` for that reason.
 */
export async function runCalculator(principal: Principal, id: string, readRequest: () => Promise<CalculateRequest>): Promise<CalculationResult> {
  await requireDecisionSupport(principal, 'decision_support.calculate');
  if (!findCalculator(id)) throw notFound('The calculator');
  const request = await readRequest();
  return computeCalculation(id, request.inputs);
}
