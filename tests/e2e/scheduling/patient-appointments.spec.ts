import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import type { ReceivedMail } from '../support/inbox';
import { riversideWeekday } from './scheduling-helpers';

// The patient is in London, the clinic in New York: times must show in the patient's own zone, named.
test.use({ timezoneId: 'Europe/London' });

test('a patient books a visit, reschedules it and cancels it, with times in their own time zone', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'patient@riverside.example');
  await page.goto('/patient/appointments');
  await expect(page.getByRole('heading', { level: 1, name: 'Appointments' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Book a visit' });
  await form.getByLabel('Clinician').selectOption({ label: 'Evelyn Lee' });
  await form.getByLabel('Visit type').selectOption({ label: 'Follow-up (20 min)' });
  await form.getByLabel('Day').fill(riversideWeekday(5));
  const free = form.getByRole('group', { name: 'Free times' });
  await expect(free).toContainText('Shown in your time zone: Europe/London.');
  const firstSlot = free.locator('label').first();
  await expect(firstSlot).toHaveText(/^\d{1,2}:\d{2} [AP]M GMT$/);
  const startIso = (await free.getByRole('radio').first().getAttribute('value'))!;
  await firstSlot.click();
  await form.getByRole('button', { name: 'Confirm booking' }).click();
  const confirmation = form.getByText(/^Booked: /);
  await expect(confirmation).toBeVisible();
  const bookedWhen = (await confirmation.textContent())!.replace(/^Booked: /, '').replace(/\.$/, '');
  expect(bookedWhen).toMatch(/GMT$/);

  // The confirmation mail carries the visit as an .ics, in UTC. It goes out through the notification queue:
  // the longer wait is a hang guard for a busy machine, not a performance limit.
  const dtstart = `DTSTART:${new Date(startIso).toISOString().replace(/[-:]/g, '').replace('.000', '')}`;
  await expect.poll(async () => {
    const mails = (await (await fetch(`http://127.0.0.1:${process.env.CLINIXAI_E2E_INBOX_PORT}/messages?to=patient@riverside.example`)).json()) as ReceivedMail[];
    const ics = mails.flatMap((m) => m.attachments ?? []).find((a) => a.filename === 'visit.ics' && a.content.includes(dtstart));
    return ics?.content.includes('SUMMARY:Follow-up with Evelyn Lee at Riverside Family Clinic') ?? false;
  }, { message: 'booking confirmation with visit.ics', timeout: 45_000 }).toBe(true);

  const booked = page.getByTestId('appointment').filter({ hasText: bookedWhen });
  await expect(booked).toContainText('Follow-up with Evelyn Lee');
  await expect(booked).toContainText('Booked');

  // Reschedule to another free time the same day.
  await booked.getByRole('button', { name: 'Reschedule Follow-up with Evelyn Lee' }).click();
  const moveTimes = booked.getByRole('group', { name: 'Free times' });
  const target = moveTimes.locator('label').nth(2);
  const newClock = (await target.textContent())!;
  await target.click();
  await booked.getByRole('button', { name: 'Move the visit here' }).click();
  const newWhen = `${bookedWhen.split(', ').slice(0, 2).join(', ')}, ${newClock}`;
  const moved = page.getByTestId('appointment').filter({ hasText: newWhen });
  await expect(moved).toContainText('Booked');
  await expect(page.getByTestId('appointment').filter({ hasText: bookedWhen })).toHaveCount(0);

  // Cancel, confirming once more.
  await moved.getByRole('button', { name: 'Cancel Follow-up with Evelyn Lee' }).click();
  await moved.getByRole('button', { name: 'Yes, cancel the visit' }).click();
  await expect(moved).toContainText('Cancelled');
  await expect(moved.getByRole('button', { name: /Reschedule/ })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
});
