import { env } from '@/config/env';

/**
 * The public origin for links in emails. AUTH_URL when configured (behind a proxy it is
 * required); otherwise the Host the browser used, which serve.mjs never lets a proxy header override.
 */
export function baseUrlFrom(headers: Headers): string {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get('host') ?? `localhost:${env().PORT}`;
  return `http://${host}`;
}
