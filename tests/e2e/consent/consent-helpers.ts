import fs from 'node:fs';
import path from 'node:path';
import { expect, type BrowserContext, type Page, type Response } from '@playwright/test';
import { serializeConsent } from '../../../src/server/consent/consent-cookie';
import type { ConsentRecord } from '../../../src/server/consent/consent.schemas';

export const CONSENT = 'clinixai-cookie-consent';
export const UI = 'clinixai-ui';

export const banner = (page: Page) => page.getByRole('region', { name: 'Cookies on ClinixAI' });
/** What replaces the banner's buttons after a choice; it takes focus. */
export const confirmation = (page: Page) => banner(page).locator('[tabindex="-1"]');
export const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' });

/** The JSON inside the consent cookie (its signature is checked by the server, not here). */
export async function consentCookie(context: BrowserContext): Promise<ConsentRecord | undefined> {
  const cookie = (await context.cookies()).find((c) => c.name === CONSENT);
  if (!cookie) return undefined;
  return JSON.parse(Buffer.from(cookie.value.split('.')[0]!, 'base64url').toString('utf8')) as ConsentRecord;
}

export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

/** Clicks a button and returns the POST /api/v1/consent response it caused. */
export async function choose(page: Page, click: () => Promise<void>, path = '/api/v1/consent'): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === 'POST'),
    click(),
  ]);
  expect(response.status(), `POST ${path}`).toBe(200);
  return response;
}

/** Set-Cookie headers of a response, by cookie name. */
export async function setCookies(response: Response): Promise<Map<string, string>> {
  const headers = await response.headersArray();
  return new Map(headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => [h.value.split('=')[0]!, h.value]));
}

/** Saves UI preferences the way the app does, from the page (same origin, so the Origin check passes). */
export async function saveUiPreferences(page: Page, preferences: object): Promise<{ status: number; stored?: boolean }> {
  return page.evaluate(async (body) => {
    const response = await fetch('/api/v1/consent/ui-preferences', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as { stored?: boolean };
    return { status: response.status, stored: json.stored };
  }, preferences);
}

/**
 * A consent cookie signed with the test server's own secret (the embedded database keeps it in its data
 * directory), for cases only the server could produce: a valid record under an older policy version.
 */
export function signedConsent(record: ConsentRecord): string {
  const dataDir = process.env.CLINIXAI_E2E_DATA_DIR;
  if (!dataDir) throw new Error('CLINIXAI_E2E_DATA_DIR is set by playwright.config.ts');
  const { authSecret } = JSON.parse(fs.readFileSync(path.join(dataDir, 'local-secrets.json'), 'utf8')) as { authSecret: string };
  return serializeConsent(record, authSecret);
}
