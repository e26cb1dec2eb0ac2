import { categoryInUse, entriesIn, storageKeysIn } from './cookie-registry';
import { COOKIE_POLICY_LAST_UPDATED } from './policy-revisions';
import { POLICY_VERSION } from './policy-version';
import type { ConsentCategory, RegistryEntry } from './registry-types';

/**
 * What the banner and the settings dialog tell people about each category, with the cookies listed from the
 * registry, so the dialog can never describe other cookies than the platform sets. Serializable: it is
 * handed from the root layout to client components.
 */
export interface ConsentCategoryDetails {
  id: ConsentCategory;
  title: string;
  description: string;
  inUse: boolean;
  alwaysOn: boolean;
  items: { name: string; purpose: string; duration: string; kind: RegistryEntry['kind'] }[];
}

export interface ConsentDetails {
  categories: ConsentCategoryDetails[];
  policyVersion: string;
  lastUpdated: { iso: string; label: string };
  /** Keys the browser must clear when functional consent is withdrawn. */
  functionalStorageKeys: { kind: 'localStorage' | 'sessionStorage'; key: string; match: 'exact' | 'prefix' }[];
}

const texts: Record<ConsentCategory, { title: string; description: string }> = {
  necessary: {
    title: 'Strictly necessary',
    description:
      'Sign you in, keep you signed in, protect forms against forgery and remember this choice. Always on: blocking them in your browser prevents sign-in.',
  },
  functional: {
    title: 'Functional',
    description:
      'Remember your role preference, dashboard settings, sidebar and display state, and notification preferences. Without them these settings last until you close the page.',
  },
  analytics: {
    title: 'Analytics',
    description: 'Not in use: ClinixAI has no analytics. If that ever changes, we will describe them here and ask you again.',
  },
};

const itemName = (entry: RegistryEntry) =>
  entry.kind === 'cookie' ? (entry.match === 'chunked' ? `${entry.name}.0, .1, …` : entry.name) : entry.key;

export function consentDetails(): ConsentDetails {
  const categories = (['necessary', 'functional', 'analytics'] as const).map((id) => ({
    id,
    ...texts[id],
    inUse: categoryInUse(id),
    alwaysOn: id === 'necessary',
    items: entriesIn(id).map((entry) => ({ name: itemName(entry), purpose: entry.purpose, duration: entry.duration, kind: entry.kind })),
  }));
  return {
    categories,
    policyVersion: POLICY_VERSION,
    lastUpdated: { ...COOKIE_POLICY_LAST_UPDATED },
    functionalStorageKeys: storageKeysIn('functional').map(({ kind, key, match }) => ({ kind, key, match })),
  };
}
