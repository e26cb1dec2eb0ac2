import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { waitForMail } from '../support/inbox';
import { signInAs } from '../support/sign-in';

test('a patient writes to the clinic; a clinician assigns it to themself and replies; the patient reads the reply', async ({ browser, baseURL }) => {
  const subject = `Repeat prescription ${Date.now()}`;
  const patient = await (await browser.newContext()).newPage();
  await signInAs(patient, baseURL!, 'patient@riverside.example');
  await patient.goto('/patient/messages');
  await expect(patient.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  // Nothing half-way: an empty message is refused with the field named.
  await patient.getByLabel('Subject').fill(subject);
  await patient.getByLabel('Message').fill('   ');
  await patient.getByRole('button', { name: 'Send message' }).click();
  await expect(patient.getByText('write a message')).toBeVisible();
  await patient.getByLabel('Message').fill('Could I have a repeat of my inhaler? <b>thanks</b>');
  await patient.getByRole('button', { name: 'Send message' }).click();
  await expect(patient.getByRole('heading', { level: 2, name: subject })).toBeVisible();
  await expect(patient.getByText('Could I have a repeat of my inhaler? <b>thanks</b>')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(patient);

  const clinician = await (await browser.newContext()).newPage();
  await signInAs(clinician, baseURL!, 'dr.lee@riverside.example');
  await clinician.goto('/clinician/messages');
  const inbox = clinician.getByRole('list', { name: 'Conversations' });
  await inbox.getByRole('button', { name: new RegExp(`Unread: ${subject}`) }).click();
  await expect(clinician.getByRole('heading', { level: 2, name: subject })).toBeVisible();
  await clinician.getByLabel('Assigned to').selectOption({ label: 'Evelyn Lee' });
  await expect(clinician.getByText(/assigned to Evelyn Lee/)).toBeVisible();
  await clinician.getByLabel('Reply').fill('Yes, ready to collect tomorrow.');
  await clinician.getByRole('button', { name: 'Send reply' }).click();
  await expect(clinician.getByText('Yes, ready to collect tomorrow.')).toBeVisible();
  // A file is type-checked by its content: a script named .png is refused, a real PNG is attached.
  const fileInput = clinician.getByLabel(/Attach a file/);
  await fileInput.setInputFiles({ name: 'leaflet.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') });
  await clinician.getByRole('button', { name: 'Send reply' }).click();
  await expect(clinician.getByText('Attach a PDF, PNG or JPEG file.')).toBeVisible();
  await fileInput.setInputFiles({ name: 'leaflet.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
  await clinician.getByLabel('Reply').fill('Here is the leaflet.');
  await clinician.getByRole('button', { name: 'Send reply' }).click();
  await expect(clinician.getByRole('link', { name: /^leaflet\.png/ })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(clinician);

  // The patient is told by email without the content, and reads the reply in the thread.
  const mail = await waitForMail('patient@riverside.example', /^New message from Riverside Family Clinic$/);
  expect(mail.text).not.toContain('collect');
  await patient.goto('/patient/messages');
  await patient.getByRole('list', { name: 'Conversations' }).getByRole('button', { name: new RegExp(subject) }).click();
  await expect(patient.getByText('Yes, ready to collect tomorrow.')).toBeVisible();
  const download = await patient.request.get((await patient.getByRole('link', { name: /^leaflet\.png/ }).getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');

  // Closing moves it out of the open inbox.
  await clinician.getByRole('button', { name: 'Close conversation' }).click();
  await expect(clinician.getByText(/Closed · assigned to Evelyn Lee/)).toBeVisible();
  await clinician.getByRole('button', { name: 'open', exact: true }).click();
  await expect(inbox.getByRole('button', { name: new RegExp(subject) })).toHaveCount(0);
});

test('another clinic cannot open a Riverside conversation', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  const created = await page.request.post('/api/v1/messages/threads', { data: { subject: 'Private', body: 'x' }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const harbor = await page.context().browser()!.newPage();
  await signInAs(harbor, baseURL!, 'dr.shah@harbor.example');
  expect((await harbor.request.get(`/api/v1/messages/threads/${id}`)).status()).toBe(404);
});
