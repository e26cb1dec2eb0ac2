import type { Principal } from '@/server/access/principal';
import type { Download } from '@/server/privacy/export.schemas';
import { auditCsv } from './audit-csv';
import type { AuditEntryView } from './audit.schemas';
import { findAuditEvents } from './audit-trail.repo';
import { auditQueryOf, entryViewOf, requireAuditClinic } from './list-audit-trail';
import { auditEventOf } from './record-audit-event';
import { insertAuditEvent } from './audit.repo';

/** An export is a download, not a report tool: past this many rows, narrow the filters. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const BATCH = 2_000;

/** The filtered trail of the active clinic as CSV, newest first. The export itself is audited. */
export async function exportAuditTrail(principal: Principal, raw: unknown, now = new Date()): Promise<Download> {
  const clinicId = await requireAuditClinic(principal, 'audit.export');
  const { query } = await auditQueryOf(clinicId, { ...(raw as object), cursor: undefined });
  const entries: AuditEntryView[] = [];
  let beforeSeq: number | undefined;
  while (entries.length < AUDIT_EXPORT_MAX_ROWS) {
    const rows = await findAuditEvents({ ...query, beforeSeq }, Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - entries.length));
    entries.push(...rows.map(entryViewOf));
    if (rows.length < BATCH) break;
    beforeSeq = Number(rows.at(-1)!.seq);
  }
  await insertAuditEvent(auditEventOf(principal, { action: 'audit.export', entityType: 'audit_trail', entityId: clinicId }, 'allowed'));
  return {
    filename: `audit-trail-${now.toISOString().slice(0, 10)}.csv`,
    contentType: 'text/csv',
    body: auditCsv(entries),
  };
}
