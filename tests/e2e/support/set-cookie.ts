import type { APIResponse } from '@playwright/test';

/** One Set-Cookie header, split into its name, value and attributes (lower-case keys). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

export function setCookiesOf(response: APIResponse): SetCookie[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => {
      const [pair = '', ...parts] = h.value.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const attributes: Record<string, string | true> = {};
      for (const part of parts) {
        const i = part.indexOf('=');
        if (i === -1) attributes[part.toLowerCase()] = true;
        else attributes[part.slice(0, i).toLowerCase()] = part.slice(i + 1);
      }
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
    });
}

export function cookieNamed(response: APIResponse, name: string): SetCookie | undefined {
  return setCookiesOf(response).find((c) => c.name === name);
}

/** A Cookie request header from the cookies a response set (for clients that must send them by hand). */
export function cookieHeader(cookies: SetCookie[]): string {
  return cookies.filter((c) => c.value !== '').map((c) => `${c.name}=${c.value}`).join('; ');
}
