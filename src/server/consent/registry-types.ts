/**
 * The shape of the cookie registry: everything the Cookie Policy, the consent banner and the cookie audit need
 * to know about one cookie or browser-storage key. Pure data, no server imports, so the end-to-end audit can
 * read the same registry the platform renders its policy from.
 */
export const CONSENT_CATEGORIES = ['necessary', 'functional', 'analytics'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];
export type OptionalCategory = Exclude<ConsentCategory, 'necessary'>;

/**
 * How long a cookie lives. `upTo` marks lifetimes that are a ceiling rather than a constant (the session token
 * expires 8 hours after sign-in however late it is re-issued; clinixai-ui never outlives the consent).
 */
export type Lifetime = { kind: 'session' } | { kind: 'max-age'; seconds: number; upTo: boolean };

/** Which connection the name is used on: Auth.js switches to __Secure-/__Host- names over HTTPS. */
export type Transport = 'http' | 'https' | 'any';

interface EntryBase {
  category: ConsentCategory;
  /**
   * What the entry is for, as a stable key. Purposes are material (a new one changes the policy version and
   * everyone is asked again); the wording in `purpose` is not.
   */
  purposeKey: string;
  /** The purpose as the published policy words it. */
  purpose: string;
  /** The duration as the published policy words it. */
  duration: string;
  lifetime: Lifetime;
  party: 'first' | 'third';
  setBy: 'server' | 'client';
  /** The software that writes it, for the detailed table. */
  provider: 'ClinixAI' | 'Auth.js';
  /** Listed in the published strictly-necessary table (section 2.1) in this order. */
  publishedOrder?: number;
}

export interface CookieEntry extends EntryBase {
  kind: 'cookie';
  name: string;
  /** `chunked`: the name followed by .0, .1, … (Auth.js splits a large session token over several cookies). */
  match: 'exact' | 'chunked';
  transport: Transport;
  httpOnly: boolean;
  /** `https`: Secure exactly when the platform is served over HTTPS. */
  secure: 'always' | 'never' | 'https';
  sameSite: 'Lax' | 'Strict' | 'None';
  path: '/';
}

export interface StorageEntry extends EntryBase {
  kind: 'localStorage' | 'sessionStorage';
  key: string;
  match: 'exact' | 'prefix';
}

export type RegistryEntry = CookieEntry | StorageEntry;

export interface ThirdParty {
  name: string;
  purposeKey: string;
  privacyPolicy: string;
}
