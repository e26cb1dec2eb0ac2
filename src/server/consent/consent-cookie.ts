import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { CONSENT_MAX_AGE_SECONDS } from './cookie-registry';
import { CONSENT_SCHEMA_VERSION, consentRecordSchema, type ConsentRecord } from './consent.schemas';
import { POLICY_VERSION } from './policy-version';

/**
 * The consent cookie's value: base64url(JSON) "." base64url(HMAC-SHA256). The key is derived from the
 * platform's auth secret, so a value edited in the browser (say, to switch a category on) no longer verifies,
 * and counts as no consent.
 */
export type ParsedConsent =
  | { status: 'missing' }
  | { status: 'invalid'; reason: 'malformed' | 'tampered' | 'corrupt' | 'unknown-schema' | 'expired' }
  | { status: 'current' | 'outdated'; record: ConsentRecord };

// Clocks of several app instances may disagree a little; a record from further ahead was not written by us.
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

let derived: { secret: string; key: Buffer } | undefined;

function keyFor(secret: string): Buffer {
  // A key of its own: the auth secret also signs session tokens, and one key should serve one purpose.
  if (derived?.secret !== secret) derived = { secret, key: Buffer.from(hkdfSync('sha256', secret, '', 'clinixai-cookie-consent v1', 32)) };
  return derived.key;
}

function signatureOf(payload: string, secret: string): string {
  return createHmac('sha256', keyFor(secret)).update(payload).digest('base64url');
}

export function serializeConsent(record: ConsentRecord, secret: string): string {
  const payload = Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');
  return `${payload}.${signatureOf(payload, secret)}`;
}

function decodePayload(payload: string): unknown {
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function parseConsentCookie(
  value: string | undefined,
  secret: string,
  now: Date = new Date(),
  currentVersion: string = POLICY_VERSION,
): ParsedConsent {
  if (!value) return { status: 'missing' };
  const [payload, signature, ...rest] = value.split('.');
  if (!payload || !signature || rest.length > 0 || !BASE64URL.test(payload) || !BASE64URL.test(signature)) {
    return { status: 'invalid', reason: 'malformed' };
  }
  const expected = Buffer.from(signatureOf(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 'invalid', reason: 'tampered' };

  const json = decodePayload(payload);
  if (typeof json !== 'object' || json === null) return { status: 'invalid', reason: 'corrupt' };
  if ('schema' in json && json.schema !== CONSENT_SCHEMA_VERSION) return { status: 'invalid', reason: 'unknown-schema' };
  const parsed = consentRecordSchema.safeParse(json);
  if (!parsed.success) return { status: 'invalid', reason: 'corrupt' };

  const record = parsed.data;
  const updatedAt = Date.parse(record.updatedAt);
  if (updatedAt > now.getTime() + CLOCK_SKEW_MS || Date.parse(record.givenAt) > updatedAt) return { status: 'invalid', reason: 'corrupt' };
  // The browser drops the cookie after 365 days; a copy kept longer is not a consent either.
  if (now.getTime() - updatedAt > CONSENT_MAX_AGE_SECONDS * 1000) return { status: 'invalid', reason: 'expired' };
  return { status: record.policyVersion === currentVersion ? 'current' : 'outdated', record };
}
