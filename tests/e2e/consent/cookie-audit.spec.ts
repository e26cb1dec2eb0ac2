import type { BrowserContext, Page } from '@playwright/test';
import { cookieEntriesFor } from '../../../src/server/consent/cookie-registry';
import { auditCookie, auditStorageKey } from '../../../src/server/consent/cookie-audit';
import { expect, test } from '../support/fixtures';
import { publicPagePaths } from '../support/routes';
import { banner, choose, saveUiPreferences } from './consent-helpers';

/**
 * The cookie audit for the public pages and the password sign-in flow: every cookie in the browser, every
 * cookie a script writes (even one deleted at once) and every storage key must be in the registry, with the
 * registered attributes and lifetime. The signed-in pages of each role are audited by their own specs.
 */
async function recordScriptCookies(page: Page): Promise<void> {
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

async function audit(page: Page, context: BrowserContext, where: string, seen: Set<string>): Promise<string[]> {
  const nowMs = Date.now();
  const problems = (await context.cookies()).flatMap((cookie) => {
    seen.add(cookie.name);
    return auditCookie(cookie, { https: false, nowMs }).map((problem) => `${where}: ${problem}`);
  });
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  problems.push(...storage.local.flatMap((key) => auditStorageKey('localStorage', key)), ...storage.session.flatMap((key) => auditStorageKey('sessionStorage', key)));
  const writes = await page.evaluate(() => (window as unknown as { __cookieWrites?: string[] }).__cookieWrites ?? []);
  for (const write of writes) seen.add(write.split('=')[0]!);
  problems.push(...writes.flatMap(auditScriptWrite).map((problem) => `${where}: ${problem}`));
  return problems;
}

test('public pages and password sign-in set only registered cookies and storage keys, as registered', async ({ page, context }) => {
  test.setTimeout(180_000);
  await recordScriptCookies(page);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const path of publicPagePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    problems.push(...(await audit(page, context, path, seen)));
  }

  await page.goto('/');
  await choose(page, () => banner(page).getByRole('button', { name: 'Accept all' }).click());
  expect(await saveUiPreferences(page, { sidebarCollapsed: true })).toMatchObject({ stored: true });
  problems.push(...(await audit(page, context, 'after Accept all', seen)));

  await page.goto('/sign-in');
  await page.waitForLoadState('networkidle');
  problems.push(...(await audit(page, context, '/sign-in', seen)));
  await page.getByLabel('Email address').fill('patient@riverside.example');
  await page.getByLabel('Password', { exact: true }).fill(process.env.CLINIXAI_E2E_DEMO_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.waitForLoadState('networkidle');
  problems.push(...(await audit(page, context, `after sign-in (${new URL(page.url()).pathname})`, seen)));

  expect(problems).toEqual([]);
  // The audit must have seen what it is meant to check, or it proves nothing.
  for (const name of ['clinixai-cookie-consent', 'clinixai-ui', 'authjs.session-token']) expect([...seen], name).toContain(name);
});
