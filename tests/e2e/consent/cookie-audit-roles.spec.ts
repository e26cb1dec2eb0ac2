import type { Page } from '@playwright/test';
import type { Role } from '../../../src/config/roles';
import { pageAccess, roleAccounts } from '../authorization/route-classes';
import { expect, test } from '../support/fixtures';
import { signInWithForm } from '../support/new-account';
import { banner, choose } from './consent-helpers';
import { audit, auditCookies, recordScriptCookies } from './cookie-audit-helpers';

/**
 * The cookie audit for the signed-in area, one test per role: after accepting every optional cookie (the most
 * the platform may set), sign in with the form and open every page that role may open, as listed in the
 * authorization classification, so a new page is audited without anyone remembering to list it. Then the
 * same for "Continue with Google", whose redirects set Auth.js's PKCE, state and nonce cookies.
 */
const oidcHost = `127.0.0.1:${process.env.CLINIXAI_E2E_OIDC_PORT}`;
test.use({ redirectHosts: [oidcHost] });

function pagesFor(role: Role): string[] {
  return Object.entries(pageAccess)
    .filter(([, spec]) => spec.access === role || spec.access === 'signed-in' || (Array.isArray(spec.access) && spec.access.includes(role)))
    .map(([template, spec]) => spec.sample ?? template)
    .filter((path) => !path.includes('['));
}

/**
 * Loaded, hydrated and idle. Not 'networkidle': signed-in pages keep prefetching the navigation's links, so
 * the network may never be quiet for 500 ms; the audit needs the page's own scripts to have run.
 */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await expect(page.locator('main')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2_000 })));
}

async function acceptAll(page: Page) {
  await page.goto('/');
  await choose(page, () => banner(page).getByRole('button', { name: 'Accept all' }).click());
}

for (const [role, email] of Object.entries(roleAccounts) as [Role, string][]) {
  test(`signed-in pages of the ${role} set only registered cookies and storage keys`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await recordScriptCookies(page);
    await acceptAll(page);
    await signInWithForm(page, email, process.env.CLINIXAI_E2E_DEMO_PASSWORD ?? '');
    const problems: string[] = [];
    const seen = new Set<string>();
    const pages = pagesFor(role);
    expect(pages.length, `pages classified for ${role}`).toBeGreaterThan(2);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} opens ${path}`).toBeLessThan(400);
      await settled(page);
      problems.push(...(await audit(page, context, `${role} ${path}`, seen)));
    }
    expect(problems).toEqual([]);
    expect([...seen]).toContain('authjs.session-token');
  });
}

test('"Continue with Google" sets only registered cookies, on our host, as registered', async ({ page, context }) => {
  await recordScriptCookies(page);
  await acceptAll(page);
  const seen = new Set<string>();
  const problems: string[] = [];
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  await page.waitForURL((url) => url.host === oidcHost);
  // Mid-flow: Auth.js's short-lived PKCE/state cookies exist now, and must be registered too.
  problems.push(...(await auditCookies(context, 'localhost', 'during Google sign-in', seen)));
  expect([...seen].some((name) => name.includes('pkce') || name.includes('state')), `flow cookies: ${[...seen].join(', ')}`).toBe(true);
  await page.locator('input[name="login"]').fill(`verified:cookie.audit.${Date.now()}@example.org`);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.host !== oidcHost);
  await settled(page);
  problems.push(...(await audit(page, context, `after Google sign-in (${new URL(page.url()).pathname})`, seen)));
  expect(problems).toEqual([]);
  expect([...seen]).toContain('authjs.session-token');
});
