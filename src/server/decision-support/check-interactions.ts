import type { Principal } from '@/server/access/principal';
import { checkMedicationList, type MedicationCheck } from './check-medications';
import { requireDecisionSupport } from './decision-support-access';
import type { InteractionRequest } from './interaction.schemas';

/** Access first, then the body (see run-calculator.ts). The names checked are not stored or logged. */
export async function checkInteractions(principal: Principal, readRequest: () => Promise<InteractionRequest>): Promise<MedicationCheck> {
  await requireDecisionSupport(principal, 'decision_support.check_interactions');
  return checkMedicationList(await readRequest());
}
