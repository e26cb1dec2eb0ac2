import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { collectPersonalData } from './collect-personal-data';
import { exportQuerySchema, type Download } from './export.schemas';
import { toFhirBundle } from './fhir-bundle';

/**
 * "Download my data": everything held about the signed-in person, as our JSON or as a FHIR R4 Bundle.
 * Only the principal's own user id is ever used; there is no parameter naming whose data to export.
 * Each patient record read is audited in its clinic, so the access shows in that record's history.
 */
export async function exportMyData(principal: Principal, query: { format: string | null }, now = new Date()): Promise<Download> {
  const parsed = exportQuerySchema.safeParse({ format: query.format ?? undefined });
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error), 'Choose a format: json or fhir.');
  const data = await collectPersonalData(principal.userId, now);

  const self = { action: 'privacy.export', entityType: 'user', entityId: principal.userId };
  await insertAuditEvent(auditEventOf(principal, self, 'allowed'));
  for (const record of data.patientRecords) {
    await insertAuditEvent({ ...auditEventOf(principal, { ...self, entityType: 'patient', entityId: record.id }, 'allowed'), clinicId: record.clinicId });
  }

  const day = now.toISOString().slice(0, 10);
  if (parsed.data.format === 'fhir') {
    return { filename: `clinixai-my-data-${day}.fhir.json`, contentType: 'application/fhir+json', body: JSON.stringify(toFhirBundle(data), null, 2) };
  }
  return { filename: `clinixai-my-data-${day}.json`, contentType: 'application/json', body: JSON.stringify(data, null, 2) };
}
