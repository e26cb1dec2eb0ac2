import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { readServerLog } from '../support/server-log';
import { signInAs } from '../support/sign-in';
import { DR_LEE, FOLLOW_UP, RIVERSIDE, riversideWeekday, slotsOf } from '../scheduling/scheduling-helpers';

/**
 * Notes to sign and intake alerts, on data this spec makes itself (a new patient of Riverside with a visit with
 * Dr. Lee), so specs running alongside on the demo clinic cannot disturb it: the patient's intake raises a red flag,
 * a clinician acknowledges it, drafts the note, finds it in Notes to sign, signs it there and it leaves the list.
 * Then the same facts through the JSON API, with its denials.
 */
// A hang guard, not a performance limit: each test is a multi-step journey on a shared, busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ timezoneId: 'America/New_York' });

const letters = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const family = `Quill${letters()}`;
const patientName = `Ivy ${family}`;
const reason = `Chest pain while gardening ${letters()}`;
let patient = { email: '', password: '' };
let appointmentId = '';

test('a new patient joins Riverside and books a visit with Dr. Lee', async ({ page, baseURL }) => {
  patient = await createConfirmedAccount(page, 'notes.alerts', patientName);
  await signInWithForm(page, patient.email, patient.password);
  await page.goto('/onboarding');
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Riverside Family Clinic, Albany' });
  await page.getByLabel('Date of birth').fill('1979-04-21');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page).toHaveURL(/\/patient\/chart$/);

  // Other specs book Dr. Lee too: take the first slot nobody took meanwhile.
  const day = riversideWeekday(9);
  const slots = await slotsOf(page.request, { clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from: day, to: day });
  for (const slot of slots.slice(0, 8)) {
    const booked = await page.request.post('/api/v1/appointments', { data: { clinicId: RIVERSIDE, clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, start: slot.start }, headers: { origin: baseURL! } });
    if (booked.status() === 201) {
      appointmentId = ((await booked.json()) as { id: string }).id;
      break;
    }
    expect(booked.status()).toBe(409);
  }
  expect(appointmentId).not.toBe('');
});

test('the patient sends an intake that raises a red flag, and reads it back through the API', async ({ page }) => {
  await signInWithForm(page, patient.email, patient.password);
  await page.goto(`/patient/intake/${appointmentId}`);
  await page.getByLabel('What is the main reason for your visit?').fill(reason);
  await page.getByLabel('Any other symptoms?').fill('I am short of breath and sweating.');
  await expect(page.getByTestId('emergency-guidance')).toBeVisible();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Send to the clinic' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sent to the clinic' })).toBeVisible();

  const intake = await page.request.get(`/api/v1/visits/${appointmentId}/intake`);
  expect(intake.status()).toBe(200);
  expect(await intake.json()).toMatchObject({ appointmentId, status: 'submitted', answers: { reason }, redFlags: [{ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency' }] });
  // No note yet: the patient's summary does not exist until a clinician signs.
  expect((await page.request.get(`/api/v1/visits/${appointmentId}/note`)).status()).toBe(404);
});

test('a clinician acknowledges the red flag from Intake alerts, and it moves to the acknowledged list', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician');
  await page.getByRole('link', { name: 'Intake alerts' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intake alerts' })).toBeVisible();
  const open = page.getByTestId('alerts-open').getByTestId('alert-row').filter({ hasText: patientName });
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('Chest pain with breathlessness or sweating');
  await expect(open).toContainText('Emergency');
  await expect(open).not.toContainText('gardening');
  await expectNoSeriousAccessibilityViolations(page);

  await open.getByRole('button', { name: `Acknowledge Chest pain with breathlessness or sweating for ${patientName}` }).click();
  const acknowledged = page.getByTestId('alerts-acknowledged').getByTestId('alert-row').filter({ hasText: patientName });
  await expect(acknowledged).toContainText('Evelyn Lee');
  await expect(page.getByTestId('alert-row').filter({ hasText: patientName })).toHaveCount(1);
});

test('the drafted note waits in Notes to sign, opens from there, and leaves the list once signed', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto(`/clinician/visits/${appointmentId}`);
  await page.getByLabel('Your findings and plan').fill('Possible angina. Refer to the emergency department today.');
  await page.getByRole('button', { name: 'Draft note' }).click();
  await expect(page.getByLabel('Draft note').getByText('AI-drafted: review before signing')).toBeVisible();

  await page.getByRole('link', { name: 'Notes to sign' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes to sign' })).toBeVisible();
  const waiting = page.getByTestId('notes-unsigned').getByTestId('note-row').filter({ hasText: patientName });
  await expect(waiting).toContainText('AI-drafted');
  await expect(waiting).toContainText(/E[SD]T/);
  await expectNoSeriousAccessibilityViolations(page);
  const fromApi = await page.request.get('/api/v1/notes?status=unsigned');
  expect(((await fromApi.json()) as { items: { appointmentId: string; status: string }[] }).items).toContainEqual(expect.objectContaining({ appointmentId, status: 'ai_drafted' }));

  await waiting.getByRole('link', { name: `Review and sign the note for ${patientName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/clinician/visits/${appointmentId}$`));
  await page.getByLabel('Draft note').getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByText('Signed', { exact: true })).toBeVisible();

  await page.goto('/clinician/notes');
  await expect(page.getByTestId('note-row').filter({ hasText: patientName })).toHaveCount(1);
  await expect(page.getByTestId('notes-signed').getByTestId('note-row').filter({ hasText: patientName })).toContainText('Signed');
});

test('the JSON API: the whole note for clinicians, the summary for the patient, acknowledging twice is harmless, others 404', async ({ page, browser, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  const note = await page.request.get(`/api/v1/visits/${appointmentId}/note`);
  expect(note.status()).toBe(200);
  const body = await note.json();
  expect(body).toMatchObject({ view: 'clinician', appointmentId, status: 'signed', aiDrafted: true, signer: { id: DR_LEE, name: 'Evelyn Lee' }, addenda: [] });
  expect(body.sections.subjective[0].sources[0]).toMatchObject({ kind: 'intake' });
  const signed = (await (await page.request.get('/api/v1/notes?status=signed')).json()) as { items: { appointmentId: string }[] };
  expect(signed.items.map((n) => n.appointmentId)).toContain(appointmentId);
  const badStatus = await page.request.get('/api/v1/notes?status=pending');
  expect(badStatus.status()).toBe(422);
  expect((await badStatus.json()).error.fieldErrors).toHaveProperty('status');

  const alerts = (await (await page.request.get('/api/v1/intake-alerts')).json()) as { acknowledged: { id: string; appointmentId: string }[] };
  const alert = alerts.acknowledged.find((a) => a.appointmentId === appointmentId)!;
  const again = await page.request.post(`/api/v1/intake-alerts/${alert.id}/acknowledge`, { headers: { origin: baseURL! } });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ id: alert.id, acknowledgedBy: 'Evelyn Lee', changed: false });
  const foreign = await page.request.post(`/api/v1/intake-alerts/${alert.id}/acknowledge`, { headers: { origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);

  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  await signInWithForm(patientPage, patient.email, patient.password);
  const summary = await patientPage.request.get(`/api/v1/visits/${appointmentId}/note`);
  expect(summary.status()).toBe(200);
  const summaryBody = await summary.json();
  expect(summaryBody).toMatchObject({ view: 'patient', status: 'signed', summary: { reason, nextSteps: ['Refer to the emergency department today.'] } });
  expect(summaryBody).not.toHaveProperty('sections');
  expect((await patientPage.request.get('/api/v1/notes')).status()).toBe(404);
  expect((await patientPage.request.post(`/api/v1/intake-alerts/${alert.id}/acknowledge`, { headers: { origin: baseURL! } })).status()).toBe(404);
  await patientContext.close();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAs(adminPage, baseURL!, 'admin@riverside.example');
  expect((await adminPage.request.get(`/api/v1/visits/${appointmentId}/intake`)).status()).toBe(404);
  expect((await adminPage.request.get(`/api/v1/visits/${appointmentId}/note`)).status()).toBe(404);
  expect((await adminPage.goto('/clinician/notes'))?.status()).toBe(404);
  await adminContext.close();

  // Another clinic's clinician: the visit, its note and its alert are simply not there.
  const harborContext = await browser.newContext();
  const harborPage = await harborContext.newPage();
  await signInAs(harborPage, baseURL!, 'dr.shah@harbor.example');
  expect((await harborPage.request.get(`/api/v1/visits/${appointmentId}/note`)).status()).toBe(404);
  expect((await harborPage.request.post(`/api/v1/intake-alerts/${alert.id}/acknowledge`, { headers: { origin: baseURL! } })).status()).toBe(404);
  const harborNotes = (await (await harborPage.request.get('/api/v1/notes?status=signed')).json()) as { items: { appointmentId: string }[] };
  expect(harborNotes.items.map((n) => n.appointmentId)).not.toContain(appointmentId);
  await harborContext.close();

  // The patient's words never reach the server log.
  expect(readServerLog()).not.toContain(reason);
  expect(readServerLog()).not.toContain(family);
});
