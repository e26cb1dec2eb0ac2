import type { CookieWrite } from '../cookie-writes';
import type { ConsentRequest } from '../read-consent';

/** A browser for consent tests: keeps the cookies the responses set, and sends them back with fixed headers. */
export function testDevice(headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const request: ConsentRequest = { cookie: (name) => jar.get(name), header: (name) => headers[name] ?? null };
  const apply = (cookies: CookieWrite[]) => {
    for (const cookie of cookies) {
      if (cookie.maxAge === 0) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
  };
  return { jar, request, apply };
}
