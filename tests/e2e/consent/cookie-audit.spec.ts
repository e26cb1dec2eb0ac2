import { expect, test } from '../support/fixtures';
import { publicPagePaths } from '../support/routes';
import { banner, choose, saveUiPreferences } from './consent-helpers';
import { audit, recordScriptCookies } from './cookie-audit-helpers';

/**
 * The cookie audit for the public pages and the password sign-in flow: every cookie in the browser, every
 * cookie a script writes (even one deleted at once) and every storage key must be in the registry, with the
 * registered attributes and lifetime. The signed-in pages of each role and the Google flow: cookie-audit-roles.spec.ts.
 */
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
