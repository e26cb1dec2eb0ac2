import { request as playwrightRequest } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/**
 * A personal API token from Settings, used by a client that has no cookies: it acts as its owner in the
 * role it was made for, needs no Origin, cannot switch roles, and stops working once revoked.
 */
test('a clinician creates a token, calls the JSON API with it, and revokes it', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.okafor@riverside.example');
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Manage API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const form = page.getByRole('form', { name: 'New API token' });
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(page.locator('#token-name-error')).toContainText('Give the token a name');

  const name = `Script ${Date.now()}`;
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Acts as').selectOption({ label: 'Clinician, Riverside Family Clinic' });
  await form.getByLabel('Expires after').selectOption('7');
  await form.getByRole('button', { name: 'Create token' }).click();
  const tokenField = page.getByLabel('Your new token');
  await expect(tokenField).toHaveValue(/^cxa_[A-Za-z0-9_-]{43}$/);
  const token = await tokenField.inputValue();
  await expect(page.getByRole('table', { name: 'Your API tokens' }).getByRole('row').filter({ hasText: name })).toContainText('active');

  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const me = await api.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: 'dr.okafor@riverside.example' }, active: { role: 'clinician' } });
    // The same guards as the screens: a clinician's token cannot read the audit trail.
    expect((await api.get('/api/v1/audit/export', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(404);
    // A state-changing call without Origin reaches the use-case (no CSRF check for bearer), which refuses to switch roles.
    const switched = await api.post('/api/v1/me/active-role', { headers: { authorization: `Bearer ${token}` }, data: { clinicId: null, role: 'patient' } });
    expect(switched.status()).toBe(403);
    expect(((await switched.json()) as { error: { message: string } }).error.message).toMatch(/API token acts in the role/);
    // A malformed token is refused with a Bearer challenge, never treated as anonymous.
    const garbage = await api.get('/api/v1/me', { headers: { authorization: 'Bearer nonsense' } });
    expect(garbage.status()).toBe(401);
    expect(garbage.headers()['www-authenticate']).toContain('Bearer');

    await page.reload();
    await page.getByRole('table', { name: 'Your API tokens' }).getByRole('row').filter({ hasText: name }).getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(page.getByRole('table', { name: 'Your API tokens' }).getByRole('row').filter({ hasText: name })).toContainText('revoked');
    const revoked = await api.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status()).toBe(401);
    expect(await revoked.json()).toEqual({ error: { code: 'unauthenticated', message: 'The API token is not valid: it was revoked.' } });
  } finally {
    await api.dispose();
  }
});
