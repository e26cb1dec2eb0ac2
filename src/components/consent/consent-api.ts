import type { ConsentState, ConsentSurface, UiPreferences } from './consent-types';

/**
 * The browser side of /api/v1/consent. The server sets the cookies (HttpOnly, so scripts never write or read
 * them); the browser only reports the choice, its language and whether it sends Global Privacy Control.
 */
type GpcNavigator = Navigator & { globalPrivacyControl?: boolean };

export function browserSendsGpc(): boolean {
  return typeof navigator !== 'undefined' && (navigator as GpcNavigator).globalPrivacyControl === true;
}

export async function postConsent(choice: { functional: boolean; analytics: boolean }, surface: ConsentSurface): Promise<ConsentState> {
  const response = await fetch('/api/v1/consent', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ categories: choice, surface, gpc: browserSendsGpc(), locale: navigator.language || undefined }),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`consent not saved (${response.status})`);
  const body = (await response.json()) as { consent: ConsentState };
  return body.consent;
}

/** Resolves to whether the server stored the preferences (it does only with functional consent). */
export async function postUiPreferences(preferences: UiPreferences): Promise<boolean> {
  const response = await fetch('/api/v1/consent/ui-preferences', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(preferences),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) return false;
  return ((await response.json()) as { stored?: boolean }).stored === true;
}

/** Removes the browser-storage keys of a withdrawn category (the server deletes its cookies itself). */
export function clearStorageKeys(keys: readonly { kind: 'localStorage' | 'sessionStorage'; key: string; match: 'exact' | 'prefix' }[]): void {
  for (const { kind, key, match } of keys) {
    const storage = kind === 'localStorage' ? window.localStorage : window.sessionStorage;
    const present = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((name): name is string => name !== null);
    for (const name of present) if (match === 'exact' ? name === key : name.startsWith(key)) storage.removeItem(name);
  }
}
