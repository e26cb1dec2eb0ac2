import { env } from '@/config/env';

/**
 * The public origin for links in emails. AUTH_URL when configured (behind a proxy it is
 * required); otherwise the Host the browser used, which serve.mjs never lets a proxy header override.
 */
export function baseUrlFrom(headers: Headers): string {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  return publicUrlOf(`http://localhost:${env().PORT}/`, headers).origin;
}

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The URL as the browser addressed it. Next.js builds request.url from its own configured
 * hostname, so without AUTH_URL a visitor at http://127.0.0.1:3000 would be redirected to
 * localhost (and lose their cookies). Host is what the browser sent; X-Forwarded-Host/-Proto
 * reach this point only behind a trusted proxy, because scripts/serve.mjs strips them otherwise.
 */
export function publicUrlOf(requestUrl: string, headers: Headers): URL {
  const url = new URL(requestUrl);
  if (env().AUTH_URL) return url;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host || !HOST_PATTERN.test(host)) return url;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https:' : 'http:';
  return new URL(`${url.pathname}${url.search}`, `${proto}//${host}`);
}
