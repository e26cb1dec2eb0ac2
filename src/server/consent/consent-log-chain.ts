import { createHash } from 'node:crypto';
/**
 * The consent log's hash chain, pure so it can be checked anywhere. Each row's hash covers its content and
 * the previous row's hash; the first row links to GENESIS_HASH. Changing, inserting or removing a row breaks
 * the chain at that row (removing the newest rows is only visible against a head hash kept elsewhere, which
 * the verification command prints for that reason).
 */
export const GENESIS_HASH = '0'.repeat(64);

export type ConsentLogAction = 'given' | 'changed' | 'withdrawn' | 'linked';
export type ConsentLogSurface = 'banner' | 'settings' | 'sign_in';

/** As stored; a row read back is checked as it is, so necessary is a plain boolean here. */
export type LoggedCategories = { necessary: boolean; functional: boolean; analytics: boolean };

export interface ConsentLogContent {
  consentId: string;
  userId: string | null;
  at: Date;
  action: ConsentLogAction;
  categoriesBefore: LoggedCategories | null;
  categoriesAfter: LoggedCategories;
  policyVersion: string;
  surface: ConsentLogSurface;
  gpc: boolean;
  locale: string | null;
}

export interface ConsentLogRow extends ConsentLogContent {
  seq: number;
  prevHash: string;
  hash: string;
}

// Fixed order and plain values: jsonb does not keep key order, so objects are never hashed as stored.
const categoriesTuple = (c: LoggedCategories | null) =>
  c ? [c.necessary, c.functional, c.analytics] : null;

export function consentLogHash(content: ConsentLogContent, prevHash: string): string {
  const canonical = JSON.stringify([
    1,
    content.consentId,
    content.userId,
    content.at.toISOString(),
    content.action,
    categoriesTuple(content.categoriesBefore),
    categoriesTuple(content.categoriesAfter),
    content.policyVersion,
    content.surface,
    content.gpc,
    content.locale,
    prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainProblem = { seq: number; reason: 'broken-link' | 'hash-mismatch' };
export type ChainResult = { ok: true; rows: number; headHash: string } | ({ ok: false; rowsBefore: number } & ChainProblem);

/** Checks rows fed in ascending seq order, batch by batch; stops at the first broken row. */
export function chainVerifier() {
  let expectedPrev = GENESIS_HASH;
  let rows = 0;
  let problem: ChainProblem | null = null;
  return {
    /** False once a row is broken: the caller can stop reading. */
    check(row: ConsentLogRow): boolean {
      if (problem) return false;
      if (row.prevHash !== expectedPrev) problem = { seq: row.seq, reason: 'broken-link' };
      else if (consentLogHash(row, row.prevHash) !== row.hash) problem = { seq: row.seq, reason: 'hash-mismatch' };
      if (problem) return false;
      expectedPrev = row.hash;
      rows += 1;
      return true;
    },
    result(): ChainResult {
      return problem ? { ok: false, rowsBefore: rows, ...problem } : { ok: true, rows, headHash: expectedPrev };
    },
  };
}
