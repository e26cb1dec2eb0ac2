import type { PrescriptionView } from './prescription.schemas';
import type { PrescriptionRow } from './prescriptions.repo';

export const prescriptionViewOf = (r: PrescriptionRow): PrescriptionView => ({
  id: r.id, drug: r.drug, dose: r.dose, route: r.route, frequency: r.frequency, durationDays: r.durationDays, quantity: r.quantity,
  refills: r.refills, overridden: r.overrideReason !== null, signedAt: r.signedAt.toISOString(), prescriberName: r.prescriberName,
});
