import { env } from '@/config/env';
import { canSetCookie } from './consent.policy';
import type { ConsentCategories } from './consent.schemas';
import type { CookieEntry } from './registry-types';

/**
 * The only way consent code builds a Set-Cookie: attributes come from the registry entry, so what is set
 * is what the Cookie Policy publishes, and an optional cookie without consent throws instead of being set.
 */
export interface CookieWrite {
  name: string;
  value: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax' | 'strict' | 'none';
  path: string;
  /** Seconds; undefined for a session cookie, 0 to delete. */
  maxAge: number | undefined;
}

function attributes(entry: CookieEntry, https: boolean): Omit<CookieWrite, 'value' | 'maxAge'> {
  if (entry.match !== 'exact' || entry.setBy !== 'server') throw new Error(`${entry.name} is not a cookie this server writes by name`);
  return {
    name: entry.name,
    httpOnly: entry.httpOnly,
    secure: entry.secure === 'always' || (entry.secure === 'https' && https),
    sameSite: entry.sameSite.toLowerCase() as CookieWrite['sameSite'],
    path: entry.path,
  };
}

export function cookieWrite(
  entry: CookieEntry,
  value: string,
  options: { https: boolean; categories: ConsentCategories; maxAgeSeconds?: number },
): CookieWrite {
  if (!canSetCookie(entry, options.categories)) throw new Error(`No consent to set the ${entry.category} cookie ${entry.name}`);
  const { lifetime } = entry;
  // A shorter life may be asked for (never outliving the consent), never a longer one than the registry states.
  const maxAge = lifetime.kind === 'session' ? undefined : Math.min(options.maxAgeSeconds ?? lifetime.seconds, lifetime.seconds);
  return { ...attributes(entry, options.https), value, maxAge };
}

/** Deleting needs no consent: Max-Age=0 with the same name, path and attributes. */
export function cookieDeletion(entry: CookieEntry, https: boolean): CookieWrite {
  return { ...attributes(entry, https), value: '', maxAge: 0 };
}

/**
 * Whether the browser reached the platform over HTTPS. AUTH_URL names the public origin when set; otherwise
 * X-Forwarded-Proto, which scripts/serve.mjs removes unless the proxy in front is trusted (AUTH_TRUST_HOST),
 * the same rule Auth.js follows for its __Secure- names.
 */
export function isHttpsRequest(headers: Headers): boolean {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).protocol === 'https:';
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
