import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { clockIn, DR_LEE, FOLLOW_UP, JORDAN, RIVERSIDE, riversideWeekday, slotsOf } from './scheduling-helpers';

test.use({ timezoneId: 'America/New_York' });

test('the front desk books through the API (a second request for the slot gets 409 slot_taken); the clinician sees it and marks arrival', async ({ page, browser, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  const day = riversideWeekday(2);
  const slots = await slotsOf(page.request, { clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from: day, to: day });
  const slot = slots.at(-1)!;
  expect(slot.start).toMatch(new RegExp(`^${day}T\\d{2}:\\d{2}:00-0[45]:00$`));

  const body = { clinicId: RIVERSIDE, clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, start: slot.start, patientId: JORDAN, reason: 'Blood pressure review' };
  const created = await page.request.post('/api/v1/appointments', { data: body, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  const appointment = (await created.json()) as { id: string; start: string; status: string };
  expect(appointment).toMatchObject({ start: slot.start, status: 'booked' });

  const again = await page.request.post('/api/v1/appointments', { data: body, headers: { origin: baseURL! } });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe('slot_taken');
  expect((await slotsOf(page.request, { clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from: day, to: day })).map((s) => s.start)).not.toContain(slot.start);

  const doctor = await browser.newContext({ timezoneId: 'America/New_York' });
  const drPage = await doctor.newPage();
  await signInAs(drPage, baseURL!, 'dr.lee@riverside.example');
  await drPage.goto(`/clinician/schedule?date=${day}`);
  await expect(drPage.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  const entry = drPage.getByTestId('schedule-entry').filter({ hasText: clockIn(slot.start, 'America/New_York') }).filter({ hasText: 'Jordan Rivera' });
  await expect(entry).toContainText('Follow-up');
  await expect(entry).toContainText('Booked');
  await entry.getByRole('button', { name: 'Mark arrived: Jordan Rivera' }).click();
  await expect(entry).toContainText('Arrived');
  await expect(entry.getByRole('button', { name: 'Mark completed: Jordan Rivera' })).toBeVisible();

  const read = await drPage.request.get(`/api/v1/appointments/${appointment.id}`);
  expect(((await read.json()) as { status: string }).status).toBe('arrived');
  await expectNoSeriousAccessibilityViolations(drPage);
  await doctor.close();
});

test('the clinician moves between days with the day navigation', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician/schedule?date=2030-01-07');
  await expect(page.getByRole('heading', { level: 2, name: 'Monday, January 7, 2030' })).toBeVisible();
  await expect(page.getByText('No visits on this day.')).toBeVisible();
  await page.getByRole('link', { name: 'Next day' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tuesday, January 8, 2030' })).toBeVisible();
  await page.getByLabel('Day', { exact: true }).fill('2030-02-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Friday, February 1, 2030' })).toBeVisible();
});

test('a clinician turns on a private calendar feed, a calendar app reads it without a session, and turning it off stops it', async ({ page, baseURL, playwright }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  await page.goto('/clinician/schedule');
  await page.getByRole('button', { name: 'Turn on my calendar feed' }).click();
  const urlField = page.getByLabel('Your new feed URL (shown only now)');
  await expect(urlField).toHaveValue(/\/api\/v1\/clinics\/[0-9a-f-]{36}\/calendar-feed\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();

  const calendarApp = await playwright.request.newContext();
  const feed = await calendarApp.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const text = await feed.text();
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).not.toMatch(/Jordan|Rivera/);

  await page.getByRole('button', { name: 'Turn off the feed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Calendar feed turned off' })).toBeVisible();
  expect((await calendarApp.get(url)).status()).toBe(410);
  await calendarApp.dispose();
});

test('a clinician records a day off: no free times that day until it is removed', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  const day = riversideWeekday(20);
  const free = async () => (await slotsOf(page.request, { clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from: day, to: day })).length;
  expect(await free()).toBeGreaterThan(0);
  await page.goto('/clinician/schedule');
  const form = page.getByRole('form', { name: 'Add time off' });
  await form.getByLabel('First day').fill(day);
  await form.getByLabel('Last day').fill(day);
  await form.getByLabel('Reason').fill('Training day');
  await form.getByRole('button', { name: 'Add time off' }).click();
  await expect(form.getByRole('status')).toHaveText('Time off recorded: no new bookings in it.');
  expect(await free()).toBe(0);
  await page.getByRole('button', { name: 'Remove time off: Training day' }).click();
  await expect(form.getByRole('status')).toHaveText('Time off removed.');
  expect(await free()).toBeGreaterThan(0);
});
