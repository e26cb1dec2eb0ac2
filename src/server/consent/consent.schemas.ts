import { z } from 'zod';

/** The layout of the consent cookie's JSON. A cookie with another schema number counts as no consent. */
export const CONSENT_SCHEMA_VERSION = 1;

export const consentCategoriesSchema = z
  .object({
    necessary: z.literal(true, { error: 'necessary cookies cannot be switched off' }),
    functional: z.boolean({ error: 'must be true or false' }),
    analytics: z.boolean({ error: 'must be true or false' }),
  })
  .strict();
export type ConsentCategories = z.infer<typeof consentCategoriesSchema>;

/** How the choice was made. `gpc`: the browser's Global Privacy Control signal decided part of it. */
export const consentMethodSchema = z.enum(['banner', 'settings', 'gpc']);
export type ConsentMethod = z.infer<typeof consentMethodSchema>;

/** Where the person made the choice (the consent log's surface). */
export const consentSurfaceSchema = z.enum(['banner', 'settings'], { error: 'must be banner or settings' });
export type ConsentSurface = z.infer<typeof consentSurfaceSchema>;

export const consentRecordSchema = z
  .object({
    schema: z.literal(CONSENT_SCHEMA_VERSION),
    policyVersion: z.string().regex(/^[0-9a-f]{12}$/),
    consentId: z.uuid(),
    givenAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    categories: consentCategoriesSchema,
    method: consentMethodSchema,
  })
  .strict();
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

// BCP 47 language tags as browsers report them (navigator.language): "en", "en-GB", "zh-Hant-TW".
const localeSchema = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en-GB');

export const saveConsentInputSchema = z
  .object({
    categories: z
      .object({ functional: z.boolean({ error: 'must be true or false' }), analytics: z.boolean({ error: 'must be true or false' }) })
      .strict(),
    surface: consentSurfaceSchema,
    /** navigator.globalPrivacyControl, for browsers that expose the signal to scripts only. */
    gpc: z.boolean({ error: 'must be true or false' }).default(false),
    locale: localeSchema.optional(),
  })
  .strict();
export type SaveConsentInput = z.infer<typeof saveConsentInputSchema>;

/** What the browser learns about its consent: rendered by the banner and the settings dialog. */
export interface ConsentView {
  /** none: no valid record (missing, corrupt, tampered, unknown schema); outdated: given under an older policy version. */
  status: 'none' | 'current' | 'outdated';
  /** The categories in effect now: only necessary unless a current record says otherwise; GPC turns analytics off. */
  categories: ConsentCategories;
  method: ConsentMethod | null;
  consentId: string | null;
  givenAt: string | null;
  updatedAt: string | null;
  /** A Global Privacy Control signal was seen (Sec-GPC header, or recorded with the choice). */
  gpc: boolean;
  policyVersion: string;
  /** For an outdated record: what changed since it was given. */
  changes: string[];
}
