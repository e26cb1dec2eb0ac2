import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain, recomputed in TypeScript so a check does not trust the database's own
 * function (whoever could rewrite rows could also replace audit_event_hash). It mirrors migration 0005:
 * sha256 over json_build_array(1, seq, clinic_id, actor_user_id, acting_role, action, entity_type,
 * entity_id, outcome, request_id, at as UTC microseconds, prev_hash)::text, hex-encoded. One chain per
 * clinic and one for events without a clinic; the first row of each links to GENESIS_HASH.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditChainRow {
  seq: number;
  clinicId: string | null;
  actorUserId: string | null;
  actingRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: string;
  requestId: string | null;
  /** `at` as the database formats it for the hash: YYYY-MM-DDTHH:MM:SS.ffffffZ (microseconds, which a Date loses). */
  atText: string;
  prevHash: string;
  hash: string;
}

// PostgreSQL's json text escapes exactly what JSON.stringify escapes (quote, backslash, control characters
// as \b \f \n \r \t or \u00xx) and separates array elements with ", ".
const jsonValue = (value: string | number | null) => (value === null ? 'null' : JSON.stringify(value));

export function auditEventHash(row: Omit<AuditChainRow, 'hash'>): string {
  const canonical = `[${[
    1,
    row.seq,
    row.clinicId,
    row.actorUserId,
    row.actingRole,
    row.action,
    row.entityType,
    row.entityId,
    row.outcome,
    row.requestId,
    row.atText,
    row.prevHash,
  ]
    .map(jsonValue)
    .join(', ')}]`;
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainBreak = { seq: number; reason: 'broken-link' | 'hash-mismatch' };

export interface ClinicChainResult {
  /** null: events without a clinic (platform-wide). */
  clinicId: string | null;
  rows: number;
  headHash: string;
  /** The first broken row of this clinic's chain; rows counts the rows before it. */
  broken: ChainBreak | null;
}

/** Checks rows fed in ascending seq order (all clinics mixed), keeping one chain per clinic. */
export function auditChainVerifier() {
  const chains = new Map<string | null, ClinicChainResult>();
  return {
    check(row: AuditChainRow): void {
      const chain = chains.get(row.clinicId) ?? { clinicId: row.clinicId, rows: 0, headHash: GENESIS_HASH, broken: null };
      chains.set(row.clinicId, chain);
      if (chain.broken) return;
      if (row.prevHash !== chain.headHash) chain.broken = { seq: row.seq, reason: 'broken-link' };
      else if (auditEventHash(row) !== row.hash) chain.broken = { seq: row.seq, reason: 'hash-mismatch' };
      else {
        chain.rows += 1;
        chain.headHash = row.hash;
      }
    },
    results(): ClinicChainResult[] {
      return [...chains.values()];
    },
  };
}
