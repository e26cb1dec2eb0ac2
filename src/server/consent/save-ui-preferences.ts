import { CONSENT_MAX_AGE_SECONDS, cookieEntryNamed, UI_PREFERENCES_COOKIE } from './cookie-registry';
import { effectiveCategories } from './consent.policy';
import { cookieDeletion, cookieWrite, type CookieWrite } from './cookie-writes';
import { parseRequestConsent, type ConsentRequest } from './read-consent';
import { encodeUiPreferences } from './ui-preferences-cookie';
import type { UiPreferences } from './ui-preferences.schemas';

/**
 * Stores UI preferences in clinixai-ui only while functional consent holds, and never for longer than that
 * consent lasts. Without consent nothing is stored (any leftover cookie is deleted) and the browser keeps the
 * preferences for the page session only.
 */
export function saveUiPreferences(
  preferences: UiPreferences,
  context: { request: ConsentRequest; https: boolean; now?: Date },
): { stored: boolean; cookies: CookieWrite[] } {
  const now = context.now ?? new Date();
  const { parsed, gpc } = parseRequestConsent(context.request, now);
  const categories = effectiveCategories(parsed, gpc);
  const entry = cookieEntryNamed(UI_PREFERENCES_COOKIE);
  if (parsed.status !== 'current' || !categories.functional) {
    return { stored: false, cookies: [cookieDeletion(entry, context.https)] };
  }
  const consentEndsAt = Date.parse(parsed.record.updatedAt) + CONSENT_MAX_AGE_SECONDS * 1000;
  const maxAgeSeconds = Math.max(1, Math.floor((consentEndsAt - now.getTime()) / 1000));
  return {
    stored: true,
    cookies: [cookieWrite(entry, encodeUiPreferences(preferences), { https: context.https, categories, maxAgeSeconds })],
  };
}
