import { POLICY_VERSION } from '../../../src/server/consent/policy-version';
import { expect, test } from '../support/fixtures';
import { banner, choose, CONSENT, consentCookie, saveUiPreferences, signedConsent } from './consent-helpers';

test.describe('an invalid consent cookie counts as no consent', () => {
  test('a tampered cookie shows the banner again and allows no functional cookie', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await choose(page, () => banner(page).getByRole('button', { name: 'Reject all' }).click());
    const cookie = (await context.cookies()).find((c) => c.name === CONSENT)!;
    const record = (await consentCookie(context))!;
    // Switch functional on in the payload and keep the old signature, as someone editing the cookie would.
    const edited = Buffer.from(JSON.stringify({ ...record, categories: { ...record.categories, functional: true } })).toString('base64url');
    await context.addCookies([{ ...cookie, value: `${edited}.${cookie.value.split('.')[1]}` }]);
    await page.reload();
    await expect(banner(page)).toBeVisible();
    expect(await saveUiPreferences(page, { sidebarCollapsed: true })).toEqual({ status: 200, stored: false });

    for (const value of ['garbage', '%7B%22schema%22%3A1%7D', '']) {
      await context.addCookies([{ name: CONSENT, value, url: baseURL! }]);
      await page.reload();
      await expect(banner(page), `banner for ${JSON.stringify(value)}`).toBeVisible();
    }
  });

  test('a choice made under an older policy version asks again, saying what changed', async ({ page, context, baseURL }) => {
    const now = new Date().toISOString();
    const old = { schema: 1 as const, policyVersion: '000000000000', consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f', givenAt: now, updatedAt: now, categories: { necessary: true as const, functional: true, analytics: false }, method: 'banner' as const };
    await context.addCookies([{ name: CONSENT, value: signedConsent(old), url: baseURL! }]);
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    await expect(banner(page).getByText('Our Cookie Policy has changed since your last choice:')).toBeVisible();
    // The old functional consent no longer applies until the person chooses again.
    expect(await saveUiPreferences(page, { sidebarCollapsed: true })).toEqual({ status: 200, stored: false });

    await choose(page, () => banner(page).getByRole('button', { name: 'Accept all' }).click());
    expect(await consentCookie(context)).toMatchObject({ policyVersion: POLICY_VERSION, consentId: old.consentId });
    await page.reload();
    await expect(banner(page)).toHaveCount(0);
  });
});
