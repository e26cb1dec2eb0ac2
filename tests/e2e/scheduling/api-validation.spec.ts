import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { DR_LEE, FOLLOW_UP, RIVERSIDE } from './scheduling-helpers';

type ErrorBody = { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

test('the booking API names each bad field, refuses oversized bodies and requests from other sites', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const headers = { origin: baseURL! };
  const bad = await page.request.post('/api/v1/appointments', {
    data: { clinicId: RIVERSIDE, clinicianId: 42, visitTypeId: '<script>alert(1)</script>', start: "2026-01-01'; DROP TABLE appointments;--", reason: '🙂'.repeat(600) },
    headers,
  });
  expect(bad.status()).toBe(422);
  const body = (await bad.json()) as ErrorBody;
  expect(body.error.code).toBe('validation_failed');
  expect(Object.keys(body.error.fieldErrors ?? {}).sort()).toEqual(['clinicianId', 'reason', 'start', 'visitTypeId']);
  expect(JSON.stringify(body)).not.toContain('<script>');

  const notJson = await page.request.post('/api/v1/appointments', { data: '{"clinicId":', headers: { ...headers, 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(422);
  const huge = await page.request.post('/api/v1/appointments', { data: { reason: 'x'.repeat(200_000) }, headers });
  expect(huge.status()).toBe(413);
  const foreign = await page.request.post('/api/v1/appointments', { data: {}, headers: { origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);

  const slots = await page.request.get(`/api/v1/clinics/${RIVERSIDE}/slots?clinicianId=${DR_LEE}&visitTypeId=${FOLLOW_UP}&from=2026-02-30&to=soon`);
  expect(slots.status()).toBe(422);
  expect(Object.keys(((await slots.json()) as ErrorBody).error.fieldErrors ?? {}).sort()).toEqual(['from', 'to']);
  const patch = await page.request.patch('/api/v1/appointments/not-an-id', { data: { status: 'cancelled' }, headers });
  expect(patch.status()).toBe(404);
});
