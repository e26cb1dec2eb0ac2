import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { consentLog } from '@/db/schema/consent';
import { createEmptyDataDir, createTestDatabase, removeTestDirs, testEngine } from '@/db/testing/test-database';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { parseConsentCookie } from './consent-cookie';
import { consentAtSignIn } from './consent-at-sign-in';
import { recordConsent } from './record-consent';
import { testDevice } from './testing/test-device';
import { verifyConsentLog } from './verify-consent-log';

let handle: DatabaseHandle;

/** A browser that can also read back the consent it holds. */
function device(headers: Record<string, string> = {}) {
  const browser = testDevice(headers);
  const consent = () => parseConsentCookie(browser.jar.get('clinixai-cookie-consent'), runtimeSecrets().authSecret, new Date());
  return { ...browser, consent };
}

beforeAll(async () => {
  process.env.CLINIXAI_DATA_DIR = await createEmptyDataDir();
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  resetEnvCache();
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle.close();
  await removeTestDirs();
});

describe(`consent at sign-in on ${testEngine()}`, () => {
  it("a new device takes the account's choice from another device, with its own consent id", async () => {
    const userId = randomUUID();
    const laptop = device();
    const chosen = await recordConsent({ categories: { functional: true, analytics: false }, surface: 'settings', gpc: false }, { request: laptop.request, https: false, userId });
    laptop.apply(chosen.cookies);
    expect(await consentAtSignIn(userId, laptop.request, false), 'a device with a current choice keeps it').toEqual([]);

    const phone = device();
    const writes = await consentAtSignIn(userId, phone.request, true);
    expect(writes.map((w) => [w.name, w.secure, w.maxAge])).toEqual([['clinixai-cookie-consent', true, 365 * 86_400]]);
    phone.apply(writes);
    const adopted = phone.consent();
    const original = laptop.consent();
    expect(adopted.status).toBe('current');
    if (adopted.status !== 'current' || original.status !== 'current') throw new Error('unreachable');
    expect(adopted.record.categories).toEqual({ necessary: true, functional: true, analytics: false });
    expect(adopted.record.method).toBe('settings');
    expect(adopted.record.consentId).not.toBe(original.record.consentId);

    const rows = await handle.db.select().from(consentLog).where(eq(consentLog.userId, userId));
    expect(rows.map((r) => [r.action, r.surface])).toEqual([['given', 'settings'], ['linked', 'sign_in'], ['linked', 'sign_in']]);
    expect(await verifyConsentLog()).toMatchObject({ ok: true });
  });

  it("an account without a choice leaves a new device to the banner, and this device's GPC still applies", async () => {
    expect(await consentAtSignIn(randomUUID(), device().request, false)).toEqual([]);

    const userId = randomUUID();
    const desktop = device();
    desktop.apply((await recordConsent({ categories: { functional: true, analytics: true }, surface: 'banner', gpc: false }, { request: desktop.request, https: false, userId })).cookies);
    const gpcBrowser = device({ 'sec-gpc': '1' });
    gpcBrowser.apply(await consentAtSignIn(userId, gpcBrowser.request, false));
    const adopted = gpcBrowser.consent();
    if (adopted.status !== 'current') throw new Error(`expected a current consent, got ${adopted.status}`);
    expect(adopted.record.categories.analytics).toBe(false);
    expect(adopted.record.method).toBe('gpc');
  });
});
