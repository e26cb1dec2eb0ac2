import { uiPreferencesSchema, type UiPreferences } from './ui-preferences.schemas';

/** clinixai-ui holds base64url(JSON): cookie-safe without escaping, and validated again on every read. */
export function encodeUiPreferences(preferences: UiPreferences): string {
  return Buffer.from(JSON.stringify(preferences), 'utf8').toString('base64url');
}

export function decodeUiPreferences(value: string | undefined): UiPreferences | null {
  if (!value) return null;
  try {
    const parsed = uiPreferencesSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
