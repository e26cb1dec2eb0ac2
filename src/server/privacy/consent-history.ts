import type { Principal } from '@/server/access/principal';
import { findConsentLogOfUser } from './consent-history.repo';

type Categories = { necessary: boolean; functional: boolean; analytics: boolean };

/** One timeline entry, as the privacy center shows it (times as ISO strings for the browser). */
export interface ConsentHistoryEntry {
  seq: number;
  at: string;
  action: 'given' | 'changed' | 'withdrawn' | 'linked';
  categoriesBefore: Categories | null;
  categoriesAfter: Categories;
  policyVersion: string;
  surface: 'banner' | 'settings' | 'sign_in';
  gpc: boolean;
}

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
