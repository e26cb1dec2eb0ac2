import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { listAuditTrail, type AuditTrailPage } from './list-audit-trail';

const FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'outcome', 'from', 'to'] as const;

/**
 * What /admin/audit renders from its query string: the values as typed, one page, field errors when a
 * filter is invalid (then no rows, rather than rows the person did not ask for), and the filters as a
 * query for the export link and the next page.
 */
export async function auditPageOf(principal: Principal, params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const values: Record<string, string> = {};
  for (const key of [...FILTER_KEYS, 'cursor'] as const) {
    const value = first(params[key]).slice(0, 300);
    if (value) values[key] = value;
  }
  const query = Object.fromEntries(FILTER_KEYS.filter((k) => values[k]).map((k) => [k, values[k]!]));
  try {
    const page = await listAuditTrail(principal, values);
    return { values, page, errors: {} as Record<string, string[]>, query };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    const empty: AuditTrailPage = { entries: [], nextCursor: null, actors: [], timeZone: 'UTC' };
    return { values, page: empty, errors: error.fieldErrors ?? {}, query };
  }
}
