import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { CONSENT_COOKIE, UI_PREFERENCES_COOKIE } from './cookie-registry';
import { parseConsentCookie, type ParsedConsent } from './consent-cookie';
import { effectiveCategories, gpcFromHeader } from './consent.policy';
import type { ConsentView } from './consent.schemas';
import { POLICY_VERSION } from './policy-version';
import { changesSince } from './policy-revisions';
import { decodeUiPreferences } from './ui-preferences-cookie';
import type { UiPreferences } from './ui-preferences.schemas';

/** The cookies and header a consent decision reads; route handlers and the root layout both supply them. */
export interface ConsentRequest {
  cookie: (name: string) => string | undefined;
  header: (name: string) => string | null;
}

export function consentViewFor(parsed: ParsedConsent, gpc: boolean): ConsentView {
  const record = parsed.status === 'current' || parsed.status === 'outdated' ? parsed.record : null;
  return {
    status: parsed.status === 'current' || parsed.status === 'outdated' ? parsed.status : 'none',
    categories: effectiveCategories(parsed, gpc),
    method: record?.method ?? null,
    consentId: record?.consentId ?? null,
    givenAt: record?.givenAt ?? null,
    updatedAt: record?.updatedAt ?? null,
    gpc: gpc || record?.method === 'gpc',
    policyVersion: POLICY_VERSION,
    changes: parsed.status === 'outdated' ? changesSince(parsed.record.policyVersion) : [],
  };
}

export function parseRequestConsent(request: ConsentRequest, now = new Date()): { parsed: ParsedConsent; gpc: boolean } {
  const parsed = parseConsentCookie(request.cookie(CONSENT_COOKIE), runtimeSecrets().authSecret, now);
  return { parsed, gpc: gpcFromHeader(request.header('sec-gpc')) };
}

/** What the banner, the settings dialog and the UI preferences of this request start from. */
export function readConsent(request: ConsentRequest): { view: ConsentView; uiPreferences: UiPreferences | null } {
  const { parsed, gpc } = parseRequestConsent(request);
  const view = consentViewFor(parsed, gpc);
  // Stored preferences count only while functional consent holds; a leftover cookie is ignored until deleted.
  const uiPreferences = view.categories.functional ? decodeUiPreferences(request.cookie(UI_PREFERENCES_COOKIE)) : null;
  return { view, uiPreferences };
}

