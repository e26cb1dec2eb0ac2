import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { consentLog } from '@/db/schema/consent';
import { createEmptyDataDir, createTestDatabase, removeTestDirs, testEngine } from '@/db/testing/test-database';
import { linkDeviceConsent } from './link-device-consent';
import { POLICY_VERSION } from './policy-version';
import { recordConsent } from './record-consent';
import { saveUiPreferences } from './save-ui-preferences';
import { testDevice } from './testing/test-device';
import { verifyConsentLog } from './verify-consent-log';

let handle: DatabaseHandle;
const userId = '11111111-1111-4111-8111-111111111111';

const browser = testDevice;

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

describe(`recording consent on ${testEngine()}`, () => {
  it('logs given, changed and withdrawn; sets clinixai-ui only with consent and deletes it on withdrawal', async () => {
    const device = browser({ 'accept-language': 'en-GB,en;q=0.8' });
    expect(saveUiPreferences({ sidebarCollapsed: true }, { request: device.request, https: false })).toMatchObject({ stored: false });

    const given = await recordConsent({ categories: { functional: true, analytics: true }, surface: 'banner', gpc: false }, { request: device.request, https: false, userId: null });
    device.apply(given.cookies);
    expect(given.view).toMatchObject({ status: 'current', categories: { functional: true, analytics: false }, method: 'banner', policyVersion: POLICY_VERSION });
    const consentCookie = given.cookies.find((cookie) => cookie.name === 'clinixai-cookie-consent');
    expect(consentCookie).toMatchObject({ httpOnly: true, secure: false, sameSite: 'lax', path: '/', maxAge: 365 * 86400 });

    const saved = saveUiPreferences({ sidebarCollapsed: true }, { request: device.request, https: true });
    expect(saved.stored).toBe(true);
    expect(saved.cookies[0]).toMatchObject({ name: 'clinixai-ui', secure: true, httpOnly: true });
    expect(saved.cookies[0]!.maxAge).toBeLessThanOrEqual(365 * 86400);
    device.apply(saved.cookies);

    const changed = await recordConsent({ categories: { functional: true, analytics: false }, surface: 'settings', gpc: false, locale: 'fr-CA' }, { request: device.request, https: false, userId });
    device.apply(changed.cookies);
    const withdrawn = await recordConsent({ categories: { functional: false, analytics: false }, surface: 'settings', gpc: false }, { request: device.request, https: false, userId });
    expect(withdrawn.cookies.find((cookie) => cookie.name === 'clinixai-ui')).toMatchObject({ maxAge: 0, value: '' });
    device.apply(withdrawn.cookies);
    expect(device.jar.has('clinixai-ui')).toBe(false);
    expect(withdrawn.view.consentId).toBe(given.view.consentId);

    const rows = await handle.db.select().from(consentLog).orderBy(consentLog.seq);
    expect(rows.map((row) => [row.action, row.surface, row.userId, row.locale])).toEqual([
      ['given', 'banner', null, 'en-GB'],
      ['changed', 'settings', userId, 'fr-CA'],
      ['withdrawn', 'settings', userId, 'en-GB'],
    ]);
    expect(rows[2]).toMatchObject({ categoriesBefore: { functional: true }, categoriesAfter: { functional: false }, consentId: given.view.consentId });
  });

  it('records GPC from the header with method gpc, and links a device consent to an account', async () => {
    const device = browser({ 'sec-gpc': '1' });
    const result = await recordConsent({ categories: { functional: true, analytics: true }, surface: 'banner', gpc: false }, { request: device.request, https: false, userId: null });
    expect(result.view).toMatchObject({ gpc: true, method: 'gpc', categories: { analytics: false, functional: true } });
    device.apply(result.cookies);
    expect(await linkDeviceConsent(userId, device.request)).toBe(true);
    expect(await linkDeviceConsent(userId, browser().request), 'nothing to link without a consent').toBe(false);
    const [last] = await handle.db.select().from(consentLog).orderBy(consentLog.seq).then((rows) => rows.slice(-1));
    expect(last).toMatchObject({ action: 'linked', surface: 'sign_in', userId, gpc: true, consentId: result.view.consentId });
    expect(await verifyConsentLog()).toMatchObject({ ok: true, rows: 5 });
  });

  it('starts a new consent id when the cookie was tampered with', async () => {
    const device = browser();
    const first = await recordConsent({ categories: { functional: true, analytics: false }, surface: 'banner', gpc: false }, { request: device.request, https: false, userId: null });
    device.apply(first.cookies);
    device.jar.set('clinixai-cookie-consent', `${device.jar.get('clinixai-cookie-consent')}x`);
    const second = await recordConsent({ categories: { functional: false, analytics: false }, surface: 'banner', gpc: false }, { request: device.request, https: false, userId: null });
    expect(second.view.consentId).not.toBe(first.view.consentId);
    const [last] = await handle.db.select().from(consentLog).orderBy(consentLog.seq).then((rows) => rows.slice(-1));
    expect(last).toMatchObject({ action: 'given', categoriesBefore: null });
  });
});
