import type { Principal } from '@/server/access/principal';
import { NECESSARY_ONLY } from '@/server/consent/consent.policy';
import type { ConsentCategories } from '@/server/consent/consent.schemas';
import { POLICY_VERSION } from '@/server/consent/policy-version';
import { parseRequestConsent, type ConsentRequest } from '@/server/consent/read-consent';
import { findConsentLogOfUser } from './consent-history.repo';
import type { Download } from './export.schemas';

/** A receipt of the consent in effect, for the person to keep. No hashes, no IP address. */
export interface ConsentReceipt {
  receipt: 'clinixai.consent-receipt.v1';
  issuedAt: string;
  /** this-device: the signed cookie of this browser; account: the latest choice linked to the account; none: nothing recorded. */
  source: 'this-device' | 'account' | 'none';
  consentId: string | null;
  status: 'current' | 'outdated' | 'none';
  categories: ConsentCategories;
  policyVersion: string | null;
  currentPolicyVersion: string;
  givenAt: string | null;
  updatedAt: string | null;
  method: string | null;
  gpc: boolean;
}

async function receiptFromAccount(userId: string, gpcNow: boolean): Promise<Omit<ConsentReceipt, 'receipt' | 'issuedAt'>> {
  const rows = await findConsentLogOfUser(userId); // newest first
  const latest = rows[0];
  if (!latest) {
    return { source: 'none', consentId: null, status: 'none', categories: NECESSARY_ONLY, policyVersion: null, currentPolicyVersion: POLICY_VERSION, givenAt: null, updatedAt: null, method: null, gpc: gpcNow };
  }
  const first = rows.filter((row) => row.consentId === latest.consentId).at(-1) ?? latest;
  return {
    source: 'account',
    consentId: latest.consentId,
    status: latest.policyVersion === POLICY_VERSION ? 'current' : 'outdated',
    categories: { ...latest.categoriesAfter, necessary: true },
    policyVersion: latest.policyVersion,
    currentPolicyVersion: POLICY_VERSION,
    givenAt: first.at.toISOString(),
    updatedAt: latest.at.toISOString(),
    method: latest.gpc ? 'gpc' : latest.surface,
    gpc: latest.gpc || gpcNow,
  };
}

/**
 * The receipt prefers this browser's signed consent cookie (the choice actually in effect here) and
 * falls back to the latest choice in the consent log linked to the account.
 */
export async function consentReceipt(principal: Principal, request: ConsentRequest, now = new Date()): Promise<Download> {
  const { parsed, gpc } = parseRequestConsent(request, now);
  const body =
    parsed.status === 'current' || parsed.status === 'outdated'
      ? {
          source: 'this-device' as const,
          consentId: parsed.record.consentId,
          status: parsed.status,
          categories: parsed.record.categories,
          policyVersion: parsed.record.policyVersion,
          currentPolicyVersion: POLICY_VERSION,
          givenAt: parsed.record.givenAt,
          updatedAt: parsed.record.updatedAt,
          method: parsed.record.method,
          gpc: gpc || parsed.record.method === 'gpc',
        }
      : await receiptFromAccount(principal.userId, gpc);
  const receipt: ConsentReceipt = { receipt: 'clinixai.consent-receipt.v1', issuedAt: now.toISOString(), ...body };
  return { filename: `clinixai-consent-receipt-${now.toISOString().slice(0, 10)}.json`, contentType: 'application/json', body: JSON.stringify(receipt, null, 2) };
}
