import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { banner, choose, consentCookie, settingsDialog } from '../consent/consent-helpers';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { signInAs } from '../support/sign-in';
import { prepareAndSaveExport } from './export-helpers';

/**
 * The privacy center as a demo patient sees it: the page from /settings, both data downloads saved by the
 * browser, the consent receipt, and the routes' refusals (anonymous, unknown format).
 */
const patientEmail = 'patient@riverside.example';

async function download(page: Page, linkName: string): Promise<{ filename: string; body: string }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = await saved.path();
  return { filename: saved.suggestedFilename(), body: await readFile(path, 'utf8') };
}

test('a patient opens the privacy center from settings and downloads their data as JSON and FHIR', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, patientEmail);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Open the privacy center' }).click();
  await expect(page).toHaveURL(/\/settings\/privacy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy center' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Consent history' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const json = await prepareAndSaveExport(page, 'Download as JSON');
  expect(json.filename).toMatch(/^clinixai-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.body) as { account: { email: string }; patientRecords: { problems: { code: string }[] }[] };
  expect(data.account.email).toBe(patientEmail);
  expect(data.patientRecords.length).toBeGreaterThan(0);
  expect(data.patientRecords.flatMap((record) => record.problems).length).toBeGreaterThan(0);
  expect(json.body).not.toMatch(/passwordHash|argon2|sessionId/);

  const fhir = await prepareAndSaveExport(page, 'Download as FHIR R4');
  const bundle = JSON.parse(fhir.body) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
  const types = new Set(bundle.entry.map((entry) => entry.resource.resourceType));
  expect(types.has('Patient')).toBe(true);
  expect(types.has('Condition')).toBe(true);

  const receipt = await download(page, 'Download consent receipt');
  expect(JSON.parse(receipt.body)).toMatchObject({ receipt: 'clinixai.consent-receipt.v1' });
});

test("a choice made while signed in shows in the timeline, and the receipt is this device's consent", async ({ page, context }) => {
  // An account of its own: the timeline lists the choices of all the person's devices, and other tests sign in
  // as the demo patient from their own browsers at the same time, each linking a choice that would be "newest".
  const account = await createConfirmedAccount(page, 'privacy-timeline');
  await signInWithForm(page, account.email, account.password);
  await page.goto('/settings/privacy');
  await page.getByRole('button', { name: 'Cookie settings' }).click();
  await choose(page, () => settingsDialog(page).getByRole('button', { name: 'Accept all' }).click());
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
  const timeline = page.getByRole('list', { name: 'Consent history, newest first' });
  const newest = timeline.getByRole('listitem').first();
  await expect(newest).toContainText('cookie settings');
  await expect(newest).toContainText('necessary, functional');
  await page.screenshot({ path: test.info().outputPath('privacy-center.png'), fullPage: true });
  await expectNoSeriousAccessibilityViolations(page);

  const receipt = JSON.parse((await download(page, 'Download consent receipt')).body) as { source: string; consentId: string };
  expect(receipt.source).toBe('this-device');
  expect(receipt.consentId).toBe((await consentCookie(context))?.consentId);
});

test('the export is a private attachment and refuses an unknown format naming the field', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, patientEmail);
  const response = await page.request.get('/api/v1/me/export?format=fhir');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="clinixai-my-data-.+\.fhir\.json"$/);
  expect(response.headers()['cache-control']).toBe('private, no-store');

  const bad = await page.request.get('/api/v1/me/export?format=xml');
  expect(bad.status()).toBe(422);
  const body = (await bad.json()) as { error: { fieldErrors?: Record<string, string[]> } };
  expect(Object.keys(body.error.fieldErrors ?? {})).toEqual(['format']);
});

test('anonymous requests to the downloads are refused with 401', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    expect((await anonymous.get('/api/v1/me/export?format=json')).status()).toBe(401);
    expect((await anonymous.get('/api/v1/me/export')).status()).toBe(401);
    expect((await anonymous.get('/api/v1/me/consent-receipt')).status()).toBe(401);
  } finally {
    await anonymous.dispose();
  }
});
