import { stringify } from 'csv-stringify/sync';
import type { AuditEntryView } from './audit.schemas';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab / carriage return before them) as a
 * formula: a name or id crafted that way would run when the export is opened. Such cells get a
 * leading apostrophe, which spreadsheets show as text (OWASP's CSV injection advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const columns = [
  { key: 'seq', header: 'seq' },
  { key: 'at', header: 'time_utc' },
  { key: 'actorUserId', header: 'actor_id' },
  { key: 'actorName', header: 'actor_name' },
  { key: 'actingRole', header: 'acting_role' },
  { key: 'action', header: 'action' },
  { key: 'entityType', header: 'resource_type' },
  { key: 'entityId', header: 'resource_id' },
  { key: 'outcome', header: 'outcome' },
  { key: 'requestId', header: 'request_id' },
] as const;

export function auditCsv(entries: readonly AuditEntryView[]): string {
  return stringify(entries as AuditEntryView[], {
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
    cast: { string: neutralizeFormula },
  });
}
