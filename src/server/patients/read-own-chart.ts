import type { Principal } from '@/server/access/principal';
import type { Chart } from './chart.schemas';
import { ownCareClinicOf } from './patient.policy';
import { ownPatientRows } from './patient-search.repo';
import { readChart } from './read-chart';

/** The signed-in patient's chart in their active clinic, or null when they have no record there yet. */
export async function readOwnChart(principal: Principal): Promise<Chart | null> {
  const clinicId = ownCareClinicOf(principal);
  if (!clinicId) return null;
  const [own] = await ownPatientRows(clinicId, principal.userId);
  return own ? readChart(principal, own.id) : null;
}
