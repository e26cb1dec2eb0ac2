import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { collectPersonalData, type ExportProgress } from './collect-personal-data';
import { exportQuerySchema, type Download, type ExportFormat } from './export.schemas';
import { toFhirBundle } from './fhir-bundle';

/** Who asked for an export, as the audit trail records it. */
export interface ExportRequester {
  userId: string;
  clinicId: string | null;
  role: string | null;
}

export const requesterOf = (principal: Principal): ExportRequester => ({
  userId: principal.userId,
  clinicId: principal.active?.clinicId ?? null,
  role: principal.active?.role ?? null,
});

export function parseExportFormat(format: unknown): ExportFormat {
  const parsed = exportQuerySchema.safeParse({ format: format ?? undefined });
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error), 'Choose a format: json or fhir.');
  return parsed.data.format;
}

/**
 * Everything held about the requester, as our JSON or as a FHIR R4 Bundle. Only the requester's own user id is
 * ever used; there is no parameter naming whose data to export. Each patient record read is audited in its
 * clinic, so the access shows in that record's history.
 */
export async function buildPersonalDataFile(requester: ExportRequester, format: ExportFormat, now = new Date(), onProgress?: ExportProgress): Promise<Download> {
  const data = await collectPersonalData(requester.userId, now, onProgress);
  const audit = (entityType: string, entityId: string, clinicId: string | null): AuditEventRow => ({
    clinicId, actorUserId: requester.userId, actingRole: requester.role, action: 'privacy.export', entityType, entityId, outcome: 'allowed',
  });
  await insertAuditEvent(audit('user', requester.userId, requester.clinicId));
  for (const record of data.patientRecords) await insertAuditEvent(audit('patient', record.id, record.clinicId));

  const day = now.toISOString().slice(0, 10);
  if (format === 'fhir') {
    return { filename: `clinixai-my-data-${day}.fhir.json`, contentType: 'application/fhir+json', body: JSON.stringify(toFhirBundle(data), null, 2) };
  }
  return { filename: `clinixai-my-data-${day}.json`, contentType: 'application/json', body: JSON.stringify(data, null, 2) };
}

/** "Download my data" at once, for API clients and small records (the privacy center prepares it in the background). */
export async function exportMyData(principal: Principal, query: { format: string | null }, now = new Date()): Promise<Download> {
  return buildPersonalDataFile(requesterOf(principal), parseExportFormat(query.format), now);
}
