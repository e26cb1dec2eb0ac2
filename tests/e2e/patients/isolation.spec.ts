import { RIVERSIDE_OTHER_PATIENT_ID } from '../authorization/route-classes';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/** Data never crosses clinics or patients: another clinic's chart, page or API, answers 404 like a missing one. */
test('a Harbor clinician gets 404 for a Riverside patient, on the page and in the API', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.shah@harbor.example');
  const pageResponse = await page.goto(`/clinician/patients/${RIVERSIDE_OTHER_PATIENT_ID}`);
  expect(pageResponse?.status()).toBe(404);
  await expect(page.getByText('Priya')).toHaveCount(0);

  const api = await page.request.get(`/api/v1/patients/${RIVERSIDE_OTHER_PATIENT_ID}`);
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: 'not_found', message: 'The patient was not found.' } });

  const search = await page.request.get('/api/v1/patients?query=Raman');
  expect(await search.json()).toEqual({ patients: [] });
});

test('a patient gets 404 for another patient of the same clinic', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const other = await page.request.get(`/api/v1/patients/${RIVERSIDE_OTHER_PATIENT_ID}`);
  expect(other.status()).toBe(404);
  const mine = await page.request.get('/api/v1/patients');
  const { patients } = (await mine.json()) as { patients: { id: string; mrn: string }[] };
  expect(patients.map((p) => p.mrn)).toEqual(['RFC-000101']);
  const own = await page.request.get(`/api/v1/patients/${patients[0]!.id}`);
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { viewer: { kind: string } }).viewer.kind).toBe('patient');
});
