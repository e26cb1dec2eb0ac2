import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { findVisitContext } from '@/server/encounters/visit-context.repo';
import { renderPrescriptionPdf } from './prescription-pdf';
import { findPrescription } from './prescriptions.repo';

/** The printable PDF of a signed prescription, for clinicians of its clinic; audited as prescription.print. */
export async function getPrescriptionPdf(principal: Principal, rawId: unknown): Promise<Uint8Array> {
  const parsed = z.uuid().safeParse(rawId);
  const id = parsed.success ? parsed.data : null;
  const clinicId = principal.permissions.has('prescriptions:write') ? principal.active?.clinicId : null;
  // A prescriber learns only that the id is malformed (as the documents route does); everyone else gets 404.
  if (clinicId && !id) throw validationFailed({ id: ['Not a prescription id.'] });
  const row = id && clinicId ? await findPrescription(clinicId, id) : undefined;
  const ctx = row && clinicId ? await findVisitContext(clinicId, row.appointmentId) : undefined;
  if (!row || !ctx) {
    await recordDenial(principal, { action: 'prescription.print', entityType: 'prescription', entityId: id });
    throw notFound('The prescription');
  }
  await insertAuditEvent(auditEventOf(principal, { action: 'prescription.print', entityType: 'prescription', entityId: row.id }, 'allowed'));
  const address = [ctx.clinicAddress, ctx.clinicCity, ctx.clinicPostalCode, ctx.clinicCountry].filter(Boolean).join(', ');
  return renderPrescriptionPdf({
    clinic: { name: ctx.clinicName, address, phone: ctx.clinicPhone },
    patient: { name: `${ctx.patientGivenName} ${ctx.patientFamilyName}`, birthDate: ctx.patientBirthDate, mrn: ctx.patientRecordNumber },
    prescriber: row.prescriberName,
    signedAt: row.signedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    lines: [
      { label: 'Drug', value: row.drug },
      { label: 'Dose', value: row.dose },
      { label: 'Route', value: row.route },
      { label: 'Frequency', value: row.frequency },
      { label: 'Duration', value: `${row.durationDays} days` },
      { label: 'Quantity', value: String(row.quantity) },
      { label: 'Refills', value: String(row.refills) },
    ],
  });
}
