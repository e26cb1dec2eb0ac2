'use client';

import { useConsent } from './consent-provider';
import type { UiPreferences } from './consent-types';

/**
 * UI preferences (sidebar state, role preference, dashboard and notification settings) for any component.
 * With functional consent they are saved in the clinixai-ui cookie by the server and come back on the next
 * visit; without it they last for this page session only. Callers never need to know which.
 */
export function useUiPreferences(): {
  preferences: UiPreferences;
  update: (change: Partial<UiPreferences>) => void;
  remembered: boolean;
} {
  const { uiPreferences, updateUiPreferences, consent } = useConsent();
  return { preferences: uiPreferences, update: updateUiPreferences, remembered: consent.categories.functional };
}
