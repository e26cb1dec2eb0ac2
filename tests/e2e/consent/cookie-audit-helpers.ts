import type { BrowserContext, Page } from '@playwright/test';
import { cookieEntriesFor } from '../../../src/server/consent/cookie-registry';
import { auditCookie, auditStorageKey } from '../../../src/server/consent/cookie-audit';

/**
 * The cookie audit's checks, against the registry that also generates the published Cookie Policy table:
 * every cookie in the browser for our host, every cookie a script writes (even one deleted at once) and every
 * storage key must be registered, with the registered attributes and lifetime.
 */
export async function recordScriptCookies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const written: string[] = [];
    (window as unknown as { __cookieWrites: string[] }).__cookieWrites = written;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return descriptor.get!.call(this);
      },
      set(value: string) {
        written.push(value);
        descriptor.set!.call(this, value);
      },
    });
  });
}

function auditScriptWrite(write: string): string[] {
  const [pair = '', ...attributes] = write.split(';').map((part) => part.trim());
  const name = pair.slice(0, pair.indexOf('='));
  const entries = cookieEntriesFor(name, false).filter((entry) => entry.setBy === 'client');
  if (entries.length === 0) return [`script wrote ${name}, which the registry does not list as set in the browser`];
  const entry = entries[0]!;
  const attribute = (key: string) => attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
  const problems: string[] = [];
  if (attribute('samesite')?.toLowerCase() !== entry.sameSite.toLowerCase()) problems.push(`${name}: SameSite ${attribute('samesite')}`);
  if (attribute('path') !== entry.path) problems.push(`${name}: Path ${attribute('path')}`);
  const maxAge = Number(attribute('max-age'));
  if (entry.lifetime.kind === 'max-age' && !(maxAge <= entry.lifetime.seconds)) problems.push(`${name}: Max-Age ${attribute('max-age')}`);
  return problems;
}

/** The browser's cookies for one host (ours), each checked against the registry. */
export async function auditCookies(context: BrowserContext, host: string, where: string, seen: Set<string>): Promise<string[]> {
  const nowMs = Date.now();
  // Our own host's cookies: a sign-in peer on another host (the local stand-in for Google) keeps its own.
  return (await context.cookies())
    .filter((cookie) => cookie.domain.replace(/^\./, '') === host)
    .flatMap((cookie) => {
      seen.add(cookie.name);
      return auditCookie(cookie, { https: false, nowMs }).map((problem) => `${where}: ${problem}`);
    });
}

export async function audit(page: Page, context: BrowserContext, where: string, seen: Set<string>): Promise<string[]> {
  const problems = await auditCookies(context, new URL(page.url()).hostname, where, seen);
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  problems.push(...storage.local.flatMap((key) => auditStorageKey('localStorage', key)), ...storage.session.flatMap((key) => auditStorageKey('sessionStorage', key)));
  const writes = await page.evaluate(() => (window as unknown as { __cookieWrites?: string[] }).__cookieWrites ?? []);
  for (const write of writes) seen.add(write.split('=')[0]!);
  problems.push(...writes.flatMap(auditScriptWrite).map((problem) => `${where}: ${problem}`));
  return problems;
}
