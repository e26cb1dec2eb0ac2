import type { Principal } from '@/server/access/principal';
import type { ConsentHistoryEntry } from '@/lib/consent-history-entry';
import { findConsentLogOfUser } from './consent-history.repo';

export type { ConsentHistoryEntry };

/** The signed-in person's cookie choices, newest first. Rows of other people or devices never match the user id. */
export async function listConsentHistory(principal: Principal): Promise<ConsentHistoryEntry[]> {
  const rows = await findConsentLogOfUser(principal.userId);
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at.toISOString(),
    action: row.action,
    categoriesBefore: row.categoriesBefore ?? null,
    categoriesAfter: row.categoriesAfter,
    policyVersion: row.policyVersion,
    surface: row.surface,
    gpc: row.gpc,
  }));
}
