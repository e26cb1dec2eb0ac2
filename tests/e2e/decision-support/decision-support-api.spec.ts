import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/** The JSON API of CALCULATORS.md as an integration sees it, and its refusals for other roles. */
const post = (api: APIRequestContext, baseURL: string, path: string, data: unknown) =>
  api.post(path, { data, headers: { origin: new URL(baseURL).origin } });

test('a clinician calls the calculators and interactions API', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  const api = page.request;

  const list = await api.get('/api/v1/decision-support/calculators');
  expect(list.status()).toBe(200);
  const { calculators } = (await list.json()) as { calculators: { id: string; citation: string; inputs: { name: string; unit?: string }[] }[] };
  expect(calculators).toHaveLength(26);
  expect(calculators.find((c) => c.id === 'cockcroft_gault')!.inputs.find((i) => i.name === 'scr_mg_dl')).toMatchObject({ unit: 'mg/dL', alternatives: [{ name: 'scr_umol_l', unit: 'µmol/L' }] });

  const bmi = await post(api, baseURL!, '/api/v1/decision-support/calculators/bmi', { inputs: { weight_kg: 70, height_cm: 175 } });
  expect(bmi.status()).toBe(200);
  expect(await bmi.json()).toMatchObject({ calculator: 'bmi', category: 'normal weight', inputsUsed: { weight_kg: 70, height_cm: 175 }, citation: expect.stringContaining('WHO') });

  const invalid = await post(api, baseURL!, '/api/v1/decision-support/calculators/map', { inputs: { sbp_mmhg: '120' } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error).toMatchObject({ code: 'validation_failed', fieldErrors: { sbp_mmhg: ['Must be a number in mmHg.'], dbp_mmhg: ['Required, in mmHg.'] } });
  expect((await post(api, baseURL!, '/api/v1/decision-support/calculators/not_a_calculator', { inputs: {} })).status()).toBe(404);
  expect((await post(api, baseURL!, '/api/v1/decision-support/calculators/bmi', 'not an object')).status()).toBe(422);

  const check = await post(api, baseURL!, '/api/v1/decision-support/interactions', { medications: ['atazanavir', 'Prilosec', 'unknownium'], allergies: ['sulfa'] });
  expect(check.status()).toBe(200);
  const body = (await check.json()) as { interactions: { drugs: string[]; oncHighPriority: boolean; interruptive: boolean; citation: string }[]; unknownDrugs: string[]; allergyConflicts: unknown[] };
  expect(body.interactions[0]).toMatchObject({ drugs: ['atazanavir', 'omeprazole'], oncHighPriority: true, interruptive: true });
  expect(body.interactions[0]!.citation).toContain('item 4');
  expect(body.unknownDrugs).toEqual(['unknownium']);
  expect(body.allergyConflicts).toEqual([]);
  const empty = await post(api, baseURL!, '/api/v1/decision-support/interactions', { medications: [] });
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error.fieldErrors).toEqual({ medications: ['Give at least one medication.'] });
});

test('a patient gets 404 on the page and on the API', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const response = await page.goto('/clinician/calculators');
  expect(response?.status()).toBe(404);
  expect((await page.request.get('/api/v1/decision-support/calculators')).status()).toBe(404);
  expect((await post(page.request, baseURL!, '/api/v1/decision-support/calculators/bmi', { inputs: { weight_kg: 70, height_cm: 175 } })).status()).toBe(404);
  expect((await post(page.request, baseURL!, '/api/v1/decision-support/interactions', { medications: ['simvastatin', 'clarithromycin'] })).status()).toBe(404);
});
