import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { DR_OKAFOR, JORDAN, RIVERSIDE, riversideWeekday, slotsOf, VIDEO } from './scheduling-helpers';

const DAY = 86_400_000;

test('a patient cannot cancel a visit inside the 24-hour notice window; they are told to contact the clinic', async ({ page, browser, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  // The front desk books the patient's visit at the earliest free time: Riverside is open six days a week,
  // so from Monday to Saturday morning (New York) that is less than 24 hours away.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
  const slots = await slotsOf(page.request, { clinicianId: DR_OKAFOR, visitTypeId: VIDEO, from: today, to: riversideWeekday(1) });
  const slot = slots.find((s) => new Date(s.start).getTime() - Date.now() > 5 * 60_000) ?? slots[0]!;
  const insideWindow = new Date(slot.start).getTime() - Date.now() < DAY;
  const created = await page.request.post('/api/v1/appointments', {
    data: { clinicId: RIVERSIDE, clinicianId: DR_OKAFOR, visitTypeId: VIDEO, start: slot.start, patientId: JORDAN },
    headers: { origin: baseURL! },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signInAs(patient, baseURL!, 'patient@riverside.example');
  const cancel = await patient.request.patch(`/api/v1/appointments/${id}`, { data: { status: 'cancelled' }, headers: { origin: baseURL! } });
  await patient.goto('/patient/appointments');
  const entry = patient.getByTestId('appointment').filter({ hasText: 'Video consult (video) with Chidi Okafor' }).first();
  if (insideWindow) {
    expect(cancel.status()).toBe(409);
    const { error } = (await cancel.json()) as { error: { code: string; message: string } };
    expect(error.message).toBe('This visit is less than 24 hours away, so it can no longer be changed or cancelled online. Please contact Riverside Family Clinic directly.');
    await expect(entry).toContainText('to change or cancel it, please contact Riverside Family Clinic');
    await expect(entry.getByRole('button', { name: /Cancel/ })).toHaveCount(0);
    // Staff may still cancel it.
    const staffCancel = await page.request.patch(`/api/v1/appointments/${id}`, { data: { status: 'cancelled' }, headers: { origin: baseURL! } });
    expect(staffCancel.status()).toBe(200);
  } else {
    // Saturday noon to Monday 08:00 in New York: no visit can be booked within 24 hours; the same request is then allowed.
    expect(cancel.status()).toBe(200);
  }
  await patientContext.close();
});
