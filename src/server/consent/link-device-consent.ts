import { appendConsentLog } from './consent-log.repo';
import { parseRequestConsent, type ConsentRequest } from './read-consent';

/**
 * Links this device's current consent to the account that just signed in, as a `linked` record in the consent
 * log. Meant for Auth.js's signIn event (src/server/auth is not consent code, so the call is wired there);
 * until then the user id is recorded with the next choice made while signed in.
 */
export async function linkDeviceConsent(userId: string, request: ConsentRequest, now = new Date()): Promise<boolean> {
  const { parsed, gpc } = parseRequestConsent(request, now);
  if (parsed.status !== 'current') return false;
  const { record } = parsed;
  await appendConsentLog({
    consentId: record.consentId,
    userId,
    at: now,
    action: 'linked',
    categoriesBefore: record.categories,
    categoriesAfter: record.categories,
    policyVersion: record.policyVersion,
    surface: 'sign_in',
    gpc: gpc || record.method === 'gpc',
    locale: null,
  });
  return true;
}
