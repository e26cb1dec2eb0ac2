import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { DR_OKAFOR, FOLLOW_UP, JORDAN, RIVERSIDE, riversideWeekday, slotsOf } from './scheduling-helpers';

test.use({ timezoneId: 'America/New_York' });

test('a cancelled visit is offered to the first waiting patient, and the front desk books them into it', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  const day = riversideWeekday(6);
  const slot = (await slotsOf(page.request, { clinicianId: DR_OKAFOR, visitTypeId: FOLLOW_UP, from: day, to: day })).at(-1)!;
  const created = await page.request.post('/api/v1/appointments', {
    data: { clinicId: RIVERSIDE, clinicianId: DR_OKAFOR, visitTypeId: FOLLOW_UP, start: slot.start, patientId: JORDAN },
    headers: { origin: baseURL! },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto('/admin/appointments');
  const form = page.getByRole('form', { name: 'Add to the waitlist' });
  await form.getByLabel('Patient').selectOption({ label: 'Raman, Priya (RFC-000102)' });
  await form.getByLabel('Visit type').selectOption({ label: 'Follow-up' });
  await form.getByLabel('Clinician').selectOption({ label: 'Chidi Okafor' });
  await form.getByLabel('From').fill(day);
  await form.getByLabel('Until').fill(day);
  await form.getByRole('button', { name: 'Add to the waitlist' }).click();
  await expect(form.getByRole('status')).toHaveText('Added to the waitlist.');
  const entry = page.getByTestId('waitlist-entry').filter({ hasText: 'Priya Raman' });
  await expect(entry).toContainText(`Follow-up with Chidi Okafor, ${day} to ${day}`);

  const cancelled = await page.request.patch(`/api/v1/appointments/${id}`, { data: { status: 'cancelled' }, headers: { origin: baseURL! } });
  expect(cancelled.status()).toBe(200);
  await page.reload();
  await expect(entry).toContainText('Offered:');
  await entry.getByRole('button', { name: 'Book offered time' }).click();
  await expect(page.getByRole('form', { name: 'Add to the waitlist' }).getByRole('status')).toHaveText('Booked into the offered time.');
  await expect(entry).toHaveCount(0);

  const listed = (await (await page.request.get(`/api/v1/appointments?from=${day}&to=${day}`)).json()) as { appointments: { start: string; status: string; clinicianId: string }[] };
  expect(listed.appointments.filter((a) => a.start === slot.start && a.clinicianId === DR_OKAFOR).map((a) => a.status).sort()).toEqual(['booked', 'cancelled']);
  await expectNoSeriousAccessibilityViolations(page);
});
