import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { waitForMail } from '../support/inbox';
import { signInAs } from '../support/sign-in';
import { DR_LEE, FOLLOW_UP, JORDAN, RIVERSIDE, riversideWeekday, slotsOf } from '../scheduling/scheduling-helpers';

/**
 * A booking reaches the patient in the app (the bell, live over server-sent events) and by email; moving it sends
 * an email through the notification jobs; no mail carries the visit's reason.
 */
test('a booking produces an in-app notification and an email; a move produces a job email without clinical content', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient');
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toBeVisible();
  const before = ((await (await page.request.get('/api/v1/notifications')).json()) as { unread: number }).unread;

  const day = riversideWeekday(16 + Math.floor(Math.random() * 8));
  const slots = await slotsOf(page.request, { clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, from: day, to: day });
  const slot = slots[Math.floor(Math.random() * slots.length)]!;
  const reason = 'Secret reason: ankle pain 7f3a';
  const headers = { origin: baseURL! };
  const booked = await page.request.post('/api/v1/appointments', { data: { clinicId: RIVERSIDE, clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, start: slot.start, patientId: JORDAN, reason }, headers });
  expect(booked.status(), await booked.text()).toBe(201);
  const visit = (await booked.json()) as { id: string };

  // In the app: the bell's count rises without a reload, and the notice is in the list.
  // (Other specs running meanwhile may notify this patient too, so the count is compared, not matched.)
  const unreadOnBell = async () => Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1] ?? 0);
  await expect.poll(unreadOnBell, { message: 'the bell counts the new notice without a reload' }).toBeGreaterThan(before);
  await bell.click();
  const centre = page.getByRole('dialog', { name: 'Notifications' });
  await expect(centre.getByText('Your visit at Riverside Family Clinic is booked').first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  const markRead = centre.getByRole('button', { name: 'Mark "Your visit at Riverside Family Clinic is booked" read' });
  const unreadBooked = await markRead.count();
  await markRead.first().click();
  await expect(markRead).toHaveCount(unreadBooked - 1);
  const list = (await (await page.request.get('/api/v1/notifications')).json()) as { items: { title: string; readAt: string | null }[] };
  expect(list.items.some((item) => item.title === 'Your visit at Riverside Family Clinic is booked' && item.readAt !== null)).toBe(true);
  await page.keyboard.press('Escape');

  // By email: the booking confirmation.
  const confirmation = await waitForMail('patient@riverside.example', /is booked$/);
  expect(confirmation.text).not.toContain(reason);

  // Moving it: the new time by email (with its calendar file), never why.
  const later = slots.find((s) => s.start !== slot.start)!;
  const moved = await page.request.patch(`/api/v1/appointments/${visit.id}`, { data: { start: later.start }, headers });
  expect(moved.status(), await moved.text()).toBe(200);
  const movedMail = await waitForMail('patient@riverside.example', /^Your visit at Riverside Family Clinic has a new time$/);
  expect(movedMail.text).not.toContain('ankle');

  // The clinician was told in the app.
  const cancelled = await page.request.patch(`/api/v1/appointments/${visit.id}`, { data: { status: 'cancelled' }, headers });
  expect(cancelled.status()).toBe(200);
  await waitForMail('patient@riverside.example', /is cancelled$/);
});

test('notification preferences are saved with the account and validated', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.okafor@riverside.example');
  await page.goto('/settings/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const reminderEmail = page.getByRole('checkbox', { name: 'Visit reminders (24 hours and 2 hours before): Email' });
  await expect(reminderEmail).toBeChecked();
  await reminderEmail.uncheck();
  await page.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your notification settings are saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Visit reminders (24 hours and 2 hours before): Email' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Your password was changed: Email' })).toBeDisabled();
  await expectNoSeriousAccessibilityViolations(page);

  const headers = { origin: baseURL! };
  const bad = await page.request.put('/api/v1/me/notification-preferences', { data: { preferences: [{ event: 'security.password_changed', channel: 'email', enabled: false }, { event: '<script>', channel: 'sms', enabled: 'yes' }] }, headers });
  expect(bad.status()).toBe(422);
  const body = (await bad.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
  expect(body.error.code).toBe('validation_failed');
  expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(['preferences.1.event', 'preferences.1.channel', 'preferences.1.enabled']));
  const restored = await page.request.put('/api/v1/me/notification-preferences', { data: { preferences: [{ event: 'appointment.reminder', channel: 'email', enabled: true }] }, headers });
  expect(restored.status()).toBe(200);
});
