import { randomUUID } from 'node:crypto';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { CONSENT_COOKIE, cookieEntryNamed, UI_PREFERENCES_COOKIE } from './cookie-registry';
import { serializeConsent } from './consent-cookie';
import { appendConsentLog } from './consent-log.repo';
import { categoriesToRecord, consentActionFor, consentMethodFor } from './consent.policy';
import type { ConsentRecord, ConsentView, SaveConsentInput } from './consent.schemas';
import { cookieDeletion, cookieWrite, type CookieWrite } from './cookie-writes';
import { POLICY_VERSION } from './policy-version';
import { consentViewFor, parseRequestConsent, type ConsentRequest } from './read-consent';

export interface RecordConsentContext {
  request: ConsentRequest;
  https: boolean;
  /** The signed-in person, so the choice is linked to the account; null for a visitor. */
  userId: string | null;
  now?: Date;
}

/** The first language tag of Accept-Language, when the browser did not say (the log keeps a locale, never an IP). */
function localeFrom(input: SaveConsentInput, acceptLanguage: string | null): string | null {
  if (input.locale) return input.locale;
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  return first && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(first) && first.length <= 35 ? first : null;
}

/**
 * A cookie choice from the banner or the settings dialog: decided here, logged, then handed back as the
 * cookies to set. The log is written first, so a choice the platform could not record is not applied either.
 * Without functional consent clinixai-ui is deleted in the same response.
 */
export async function recordConsent(input: SaveConsentInput, context: RecordConsentContext): Promise<{ view: ConsentView; cookies: CookieWrite[] }> {
  const now = context.now ?? new Date();
  const { parsed, gpc: gpcHeader } = parseRequestConsent(context.request, now);
  const gpc = gpcHeader || input.gpc;
  const categories = categoriesToRecord(input.categories, gpc);
  const previous = parsed.status === 'current' || parsed.status === 'outdated' ? parsed.record : null;
  const record: ConsentRecord = {
    schema: 1,
    policyVersion: POLICY_VERSION,
    // One id per device's consent, kept across changes; a tampered or unreadable cookie starts a new one.
    consentId: previous?.consentId ?? randomUUID(),
    givenAt: parsed.status === 'current' ? parsed.record.givenAt : now.toISOString(),
    updatedAt: now.toISOString(),
    categories,
    method: consentMethodFor(input.surface, gpc),
  };

  await appendConsentLog({
    consentId: record.consentId,
    userId: context.userId,
    at: now,
    action: consentActionFor(parsed, categories),
    categoriesBefore: previous?.categories ?? null,
    categoriesAfter: categories,
    policyVersion: POLICY_VERSION,
    surface: input.surface,
    gpc,
    locale: localeFrom(input, context.request.header('accept-language')),
  });

  const cookies = [cookieWrite(cookieEntryNamed(CONSENT_COOKIE), serializeConsent(record, runtimeSecrets().authSecret), { https: context.https, categories })];
  if (!categories.functional) cookies.push(cookieDeletion(cookieEntryNamed(UI_PREFERENCES_COOKIE), context.https));
  return { view: consentViewFor({ status: 'current', record }, gpc), cookies };
}
