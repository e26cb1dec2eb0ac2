/**
 * The consent data the browser receives from the root layout and from /api/v1/consent. Components may not
 * import server modules, so the shapes are restated here; the root layout passes the server's values into
 * these props, and TypeScript checks there that the two agree.
 */
export type ConsentCategoryId = 'necessary' | 'functional' | 'analytics';
export type Categories = { necessary: true; functional: boolean; analytics: boolean };

export interface ConsentState {
  status: 'none' | 'current' | 'outdated';
  categories: Categories;
  method: 'banner' | 'settings' | 'gpc' | null;
  consentId: string | null;
  givenAt: string | null;
  updatedAt: string | null;
  gpc: boolean;
  policyVersion: string;
  changes: string[];
}

export interface CategoryDetails {
  id: ConsentCategoryId;
  title: string;
  description: string;
  inUse: boolean;
  alwaysOn: boolean;
  items: { name: string; purpose: string; duration: string; kind: 'cookie' | 'localStorage' | 'sessionStorage' }[];
}

export interface ConsentDetailsData {
  categories: CategoryDetails[];
  policyVersion: string;
  lastUpdated: { iso: string; label: string };
  functionalStorageKeys: { kind: 'localStorage' | 'sessionStorage'; key: string; match: 'exact' | 'prefix' }[];
}

/** The functional preferences kept in clinixai-ui (with consent) or in memory for the page session. */
export interface UiPreferences {
  sidebarCollapsed?: boolean;
  rolePreference?: { role: 'patient' | 'clinician' | 'clinic_admin' | 'platform_admin'; clinicId: string | null };
  dashboard?: Record<string, boolean | number | string>;
  notifications?: { inApp?: boolean; sound?: boolean };
}

export type ConsentSurface = 'banner' | 'settings';
