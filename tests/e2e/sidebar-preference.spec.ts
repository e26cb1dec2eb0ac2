import { expect, test } from './support/fixtures';
import { signInAs } from './support/sign-in';

/**
 * The collapsed sidebar is a functional preference: remembered across visits only with functional consent
 * (in clinixai-ui), and for the page session only without it.
 */
test('with functional consent the collapsed sidebar is remembered in clinixai-ui', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/consent/ui-preferences') && r.status() === 200);
  await page.getByRole('button', { name: 'Collapse sidebar' }).click();
  await saved;
  await page.reload();
  await expect(page.getByRole('button', { name: 'Expand sidebar' })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'clinixai-ui')).toBe(true);
});

test('without functional consent the sidebar state is not stored', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Reject all' }).click();
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician');
  await page.getByRole('button', { name: 'Collapse sidebar' }).click();
  await expect(page.getByRole('button', { name: 'Expand sidebar' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Collapse sidebar' })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'clinixai-ui')).toBe(false);
});
