import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { credentialsSignIn, demoPassword } from '../support/credentials';
import { cookieHeader } from '../support/set-cookie';
import { signInAs } from '../support/sign-in';

/**
 * POST /api/v1/visits/{appointmentId}/note/draft as a client sees it: a clinician of the clinic drafts and redrafts
 * a visit's note with sources, a signed note answers 409, anyone else 404, strangers 401, other origins 403.
 */
test.describe.configure({ mode: 'serial' });

const DR_LEE = 'dr.lee@riverside.example';
const sessions = new Map<string, string>();
let api: APIRequestContext;
let visitId = '';

test.beforeAll(async ({ baseURL }) => {
  for (const email of [DR_LEE, 'dr.shah@harbor.example', 'admin@riverside.example', 'patient@riverside.example']) {
    const { cookies } = await credentialsSignIn(baseURL!, { email, password: demoPassword() });
    sessions.set(email, cookieHeader(cookies.filter((c) => c.name === 'authjs.session-token')));
  }
  api = await playwrightRequest.newContext();
  // One of Dr. Lee's coming visits, not the demo patient's (the visit journey spec drafts and signs that one).
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const list = async (who: string) => {
    const response = await api.get(`${baseURL}/api/v1/appointments?from=${day(1)}&to=${day(60)}`, { headers: { cookie: sessions.get(who)! } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { appointments: { id: string; patientId: string; status: string }[] }).appointments;
  };
  const demoPatient = new Set((await list('patient@riverside.example')).map((a) => a.patientId));
  const visit = (await list(DR_LEE)).filter((a) => a.status === 'booked' && !demoPatient.has(a.patientId)).at(-1);
  expect(visit, 'a booked visit of Dr. Lee with another patient in the demo seed').toBeDefined();
  visitId = visit!.id;
});

test.afterAll(async () => {
  await api.dispose();
});

const draft = (baseURL: string, data: unknown, who = DR_LEE, id = visitId, origin = baseURL) =>
  api.post(`${baseURL}/api/v1/visits/${id}/note/draft`, {
    headers: { cookie: sessions.get(who) ?? '', origin, 'content-type': 'application/json' },
    data: typeof data === 'string' ? data : JSON.stringify(data),
    maxRedirects: 0,
  });

test('a clinician drafts the note with a source for every sentence, and redrafts it', async ({ baseURL }) => {
  const response = await draft(baseURL!, { clinicianText: 'Likely viral upper respiratory infection. Review in 1 week if not better.' });
  expect(response.status()).toBe(200);
  const note = await response.json();
  expect(note).toMatchObject({ status: 'draft', signedAt: null, draftedBy: expect.stringMatching(/^deterministic engine \(/) });
  expect(note.sections.plan).toEqual([expect.objectContaining({ text: 'Review in 1 week if not better.', origin: 'clinician' })]);
  const all = Object.values(note.sections as Record<string, { sources: unknown[] }[]>).flat();
  expect(all.length).toBeGreaterThan(1);
  for (const s of all) expect(s.sources.length).toBeGreaterThan(0);

  const again = await draft(baseURL!, { clinicianText: '' });
  expect(again.status()).toBe(200);
  const redrafted = await again.json();
  expect(redrafted.id).toBe(note.id);
  expect(redrafted.sections.plan).toEqual([]);
});

test('bad input names the field', async ({ baseURL }) => {
  const empty = await draft(baseURL!, {});
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error.fieldErrors).toHaveProperty('clinicianText');
  expect((await draft(baseURL!, '{"clinicianText": ')).status()).toBe(422);
});

test('only the clinic’s clinicians may draft: other clinic, admin and patient 404, strangers 401, other origins 403', async ({ baseURL }) => {
  const body = { clinicianText: 'Well.' };
  for (const who of ['dr.shah@harbor.example', 'admin@riverside.example', 'patient@riverside.example']) {
    const response = await draft(baseURL!, body, who);
    expect(response.status(), who).toBe(404);
    expect(JSON.stringify(await response.json())).not.toContain(visitId);
  }
  expect((await draft(baseURL!, body, DR_LEE, 'not-a-visit')).status()).toBe(404);
  expect((await draft(baseURL!, body, 'nobody')).status()).toBe(401);
  expect((await draft(baseURL!, body, DR_LEE, visitId, 'https://evil.example')).status()).toBe(403);
});

test('once the note is signed on the visit screen, drafting answers 409 with a clear error', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, DR_LEE);
  await page.goto(`/clinician/visits/${visitId}`);
  await page.getByLabel('Draft note').getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByText('Signed', { exact: true })).toBeVisible();
  const response = await draft(baseURL!, { clinicianText: 'Changed my mind.' });
  expect(response.status()).toBe(409);
  expect((await response.json()).error).toMatchObject({ code: 'conflict', message: 'This note is signed. Add an addendum instead.' });
});
