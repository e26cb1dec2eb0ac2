import type { Principal } from '@/server/access/principal';
import { requireChartAccess } from './chart-access';
import { updateContactSchema } from './chart-entry.schemas';
import { updateContact } from './chart-entries.repo';
import { chartEvent, parseInput } from './chart-input';

/**
 * Contact details (email, phone, address), by the patient themself or a clinician. A field left empty is cleared:
 * the form always sends all of them.
 */
export async function updateContactDetails(principal: Principal, patientId: unknown, raw: unknown): Promise<void> {
  const action = 'chart.contact.update';
  const access = await requireChartAccess(principal, patientId, 'contribute', action);
  const input = parseInput(updateContactSchema, raw);
  await updateContact(
    { clinicId: access.clinicId, patientId: access.patient.id },
    { email: input.email ?? null, phone: input.phone ?? null, addressLine: input.addressLine ?? null, city: input.city ?? null, postalCode: input.postalCode ?? null },
    chartEvent(principal, action, access.patient.id),
  );
}
