import { randomUUID } from 'node:crypto';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { CONSENT_COOKIE, cookieEntryNamed } from './cookie-registry';
import { serializeConsent } from './consent-cookie';
import { appendConsentLog, latestAccountConsent } from './consent-log.repo';
import { categoriesToRecord } from './consent.policy';
import type { ConsentMethod, ConsentRecord } from './consent.schemas';
import { cookieWrite, type CookieWrite } from './cookie-writes';
import { linkDeviceConsent } from './link-device-consent';
import { POLICY_VERSION } from './policy-version';
import { parseRequestConsent, type ConsentRequest } from './read-consent';

/**
 * Consent follows the person (Cookie Policy): at sign-in, a device that has a current choice links it to the
 * account; a device that has none (or one made under an older policy) takes the account's newest choice under
 * the current policy, made on another device, so the person is not asked again. The device gets its own
 * consent id and the adoption is logged as `linked` from `sign_in`. This device's Global Privacy Control still
 * applies on top. Returns the cookies to set; none when there is nothing to adopt (the banner then asks).
 */
export async function consentAtSignIn(userId: string, request: ConsentRequest, https: boolean, now = new Date()): Promise<CookieWrite[]> {
  const { parsed, gpc } = parseRequestConsent(request, now);
  if (parsed.status === 'current') {
    await linkDeviceConsent(userId, request, now);
    return [];
  }
  const account = await latestAccountConsent(userId, POLICY_VERSION);
  if (!account) return [];
  const categories = categoriesToRecord(account.categoriesAfter, gpc);
  const method: ConsentMethod = gpc || account.gpc ? 'gpc' : account.surface === 'settings' ? 'settings' : 'banner';
  const record: ConsentRecord = {
    schema: 1,
    policyVersion: POLICY_VERSION,
    consentId: randomUUID(),
    givenAt: account.at.toISOString(),
    updatedAt: now.toISOString(),
    categories,
    method,
  };
  await appendConsentLog({
    consentId: record.consentId,
    userId,
    at: now,
    action: 'linked',
    categoriesBefore: null,
    categoriesAfter: categories,
    policyVersion: POLICY_VERSION,
    surface: 'sign_in',
    gpc,
    locale: account.locale,
  });
  return [cookieWrite(cookieEntryNamed(CONSENT_COOKIE), serializeConsent(record, runtimeSecrets().authSecret), { https, categories })];
}
