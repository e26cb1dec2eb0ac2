import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { credentialsSignIn, demoPassword } from '../support/credentials';
import { readServerLog } from '../support/server-log';
import { cookieHeader } from '../support/set-cookie';

/**
 * The clinical language engine's JSON API as a client sees it: the assertion contract of
 * CALCULATORS.md, extraction with red flags, the 20,000-character cap, nasty input, who may call
 * it, and that the text never reaches the server log.
 */
const sessions = new Map<string, string>();
let api: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  for (const email of ['dr.lee@riverside.example', 'patient@riverside.example']) {
    const { cookies } = await credentialsSignIn(baseURL!, { email, password: demoPassword() });
    sessions.set(email, cookieHeader(cookies.filter((c) => c.name === 'authjs.session-token')));
  }
  api = await playwrightRequest.newContext();
});

test.afterAll(async () => {
  await api.dispose();
});

const post = (baseURL: string, path: string, data: unknown, who = 'dr.lee@riverside.example', origin = baseURL) =>
  api.post(`${baseURL}/api/v1/clinical-ai/${path}`, {
    headers: { cookie: sessions.get(who) ?? '', origin, 'content-type': 'application/json' },
    data: typeof data === 'string' ? data : JSON.stringify(data),
    maxRedirects: 0,
  });

test('assertion answers the contract of CALCULATORS.md', async ({ baseURL }) => {
  const response = await post(baseURL!, 'assertion', { sentence: 'He denies fever, chills or night sweats.', target: 'night sweats' });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ negation: 'negated', temporality: 'recent', experiencer: 'patient', trigger: 'denies' });

  const family = await post(baseURL!, 'assertion', { sentence: 'Mother had breast cancer at 52.', target: 'breast cancer' });
  expect(await family.json()).toEqual({ negation: 'affirmed', temporality: 'recent', experiencer: 'other', trigger: 'Mother' });
});

test('extract structures a text and raises red flags', async ({ baseURL }) => {
  const text = "I have chest pain and I'm sweating a lot for 2 hours. No fever. I take Lipitor 20 mg daily. HR 900, BP 150/95.";
  const response = await post(baseURL!, 'extract', { text });
  expect(response.status()).toBe(200);
  const body = await response.json();
  const chestPain = body.findings.find((f: { concept: { id: string } }) => f.concept.id === 'chest_pain');
  expect(chestPain).toMatchObject({ text: 'chest pain', negation: 'affirmed', temporality: 'recent', experiencer: 'patient', concept: { code: 'R07.9' } });
  expect(text.slice(chestPain.start, chestPain.end)).toBe('chest pain');
  expect(body.findings.find((f: { concept: { id: string } }) => f.concept.id === 'fever')).toMatchObject({ negation: 'negated' });
  expect(body.medications[0]).toMatchObject({ generic: 'atorvastatin', known: true, dose: { value: 20, unit: 'mg' } });
  expect(body.vitals[0]).toMatchObject({ kind: 'heart_rate', value: 900, plausible: false, flag: 'implausible' });
  expect(body.redFlags[0]).toMatchObject({ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency' });
  expect(body.redFlags[0].citation).toContain('NICE CG95');
});

test('bad input gets a clear error naming the field, and odd text never crashes', async ({ baseURL }) => {
  const tooLong = await post(baseURL!, 'extract', { text: 'a'.repeat(20_001) });
  expect(tooLong.status()).toBe(422);
  expect((await tooLong.json()).error).toMatchObject({ code: 'validation_failed', fieldErrors: { text: ['Must be at most 20,000 characters.'] } });

  const missing = await post(baseURL!, 'assertion', { sentence: '', target: 3 });
  expect(missing.status()).toBe(422);
  expect(Object.keys((await missing.json()).error.fieldErrors).sort()).toEqual(['sentence', 'target']);

  const notJson = await post(baseURL!, 'extract', '{"text": ');
  expect(notJson.status()).toBe(422);

  for (const text of ['', '🤒🤒🤒 no fever 🤒', '<script>alert(1)</script>', "'; DROP TABLE patients; --", '患者没有发烧', 'é'.repeat(20_000)]) {
    const response = await post(baseURL!, 'extract', { text });
    expect(response.status(), text.slice(0, 20)).toBe(200);
    expect(Object.keys(await response.json()).sort()).toEqual(['findings', 'medications', 'redFlags', 'vitals']);
  }
});

test('only clinicians may call the engine; patients get 404, strangers 401, other origins 403', async ({ baseURL }) => {
  const body = { text: 'I have been thinking about suicide.' };
  expect((await post(baseURL!, 'extract', body, 'patient@riverside.example')).status()).toBe(404);
  expect((await post(baseURL!, 'assertion', { sentence: 'No fever.', target: 'fever' }, 'patient@riverside.example')).status()).toBe(404);
  expect((await post(baseURL!, 'extract', body, 'nobody')).status()).toBe(401);
  expect((await post(baseURL!, 'extract', body, 'dr.lee@riverside.example', 'https://evil.example')).status()).toBe(403);
});

test('the text sent to the engine never reaches the server log', async ({ baseURL }) => {
  const marker = 'Quintessentially-unique-symptom-phrase';
  expect((await post(baseURL!, 'extract', { text: `${marker}: thinking about suicide` })).status()).toBe(200);
  expect((await post(baseURL!, 'assertion', { sentence: `${marker} denied`, target: marker })).status()).toBe(200);
  expect(readServerLog()).not.toContain(marker);
  expect(readServerLog()).not.toContain('suicide');
});
