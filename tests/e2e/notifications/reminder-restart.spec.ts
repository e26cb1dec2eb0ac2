import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import type { ReceivedMail } from '../support/inbox';
import { waitForMail } from '../support/inbox';
import { createConfirmedAccount, signInWithForm } from '../support/new-account';
import { freeLoopbackPort, temporaryDataDir } from '../support/serve-process';
import { signInAs } from '../support/sign-in';
import { DR_LEE } from '../scheduling/scheduling-helpers';
import { startAppInstance, type AppInstance } from './app-instance';

/**
 * "Done when": a visit reminder is delivered exactly once across a crash. An instance of our own, on its own
 * port and embedded database on disk, runs with delivery paused (CLINIXAI_NOTIFICATION_DELIVERY=paused), so
 * the reminder a booking queues is certainly still undelivered when the process is killed (SIGKILL, by PID).
 * Started again on the same data directory with delivery on, it delivers the reminder once, by email through
 * the suite's SMTP peer and in the patient's notification centre, and a later sweep adds nothing.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const port = freeLoopbackPort();
const origin = `http://localhost:${port}`;
let dataDir: string;
const started: AppInstance[] = [];
const HOUR = 3_600_000;
const REMINDER = /^Reminder: your visit at Riverside Family Clinic$/;
const NY = 'America/New_York';

test.use({ baseURL: origin });

// Made here, not at load time: the runner loads this file too, and must not leave a directory behind.
test.beforeAll(() => {
  dataDir = temporaryDataDir();
});

test.afterAll(async () => {
  for (const instance of started) await instance.stop('SIGTERM');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function mailsTo(address: string, subject: RegExp): Promise<ReceivedMail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.CLINIXAI_E2E_INBOX_PORT}/messages?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as ReceivedMail[]).filter((mail) => subject.test(mail.subject));
}

/** A calendar day (YYYY-MM-DD) in the clinic's zone. */
const clinicDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: NY, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The clinic admin opens Riverside and Dr Lee's week around the clock, so a slot inside the reminder window always exists. */
async function openAroundTheClock(page: Page) {
  await signInAs(page, origin, 'admin@riverside.example');
  await page.goto('/admin/settings');
  const hours = page.getByRole('form', { name: 'Opening hours' });
  for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
    await hours.getByRole('group', { name: day }).getByLabel('Closed').uncheck();
    await hours.getByLabel(`${day} opens`).fill('00:00');
    await hours.getByLabel(`${day} closes`).fill('23:59');
  }
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('status').filter({ hasText: 'Opening hours saved.' })).toBeVisible();

  await page.goto(`/admin/schedules?clinician=${DR_LEE}`);
  const week = page.getByRole('form', { name: 'Working hours of Evelyn Lee' });
  for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
    await week.getByLabel(`${day} range 1 start`).fill('00:00');
    await week.getByLabel(`${day} range 1 end`).fill('23:59');
  }
  await week.getByRole('button', { name: 'Save working hours' }).click();
  await expect(week.getByRole('status').filter({ hasText: 'Working hours saved.' })).toBeVisible();
}

/**
 * Books the first free time between 3 and 22 hours ahead: inside the 24-hour reminder window and far from the
 * 2-hour one, so exactly one reminder is due for as long as this test runs. Returns the slot's start.
 */
async function bookInsideReminderWindow(page: Page): Promise<string> {
  await page.goto('/patient/appointments');
  const form = page.getByRole('form', { name: 'Book a visit' });
  await form.getByLabel('Clinician').selectOption({ label: 'Evelyn Lee' });
  await form.getByLabel('Visit type').selectOption({ label: 'Follow-up (20 min)' });
  const now = Date.now();
  const free = form.getByRole('group', { name: 'Free times' });
  for (const day of new Set([clinicDay(new Date(now + 3 * HOUR)), clinicDay(new Date(now + 22 * HOUR))])) {
    await form.getByLabel('Day').fill(day);
    // That day's answer: its free times (values are ISO starts on the clinic's calendar) or none.
    await expect(free.locator(`input[type="radio"][value^="${day}"]`).or(free.getByText('No free times on this day.')).first()).toBeAttached();
    const starts = await free.locator('input[type="radio"]').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    const start = starts.find((iso) => Date.parse(iso) > now + 3 * HOUR && Date.parse(iso) < now + 22 * HOUR);
    if (!start) continue;
    await free.locator(`label[for="book-slot-${start}"]`).click();
    await form.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(form.getByText(/^Booked: /)).toBeVisible();
    return start;
  }
  throw new Error('no free time between 3 and 22 hours ahead, although the clinic is open around the clock');
}

async function remindersInCentre(page: Page): Promise<number> {
  const list = (await (await page.request.get('/api/v1/notifications')).json()) as { items: { type?: string; title: string }[] };
  return list.items.filter((item) => REMINDER.test(item.title)).length;
}

let patient: { email: string; password: string };

test('a reminder queued before a crash is delivered once after the restart, by email and in the app', async ({ browser, page }) => {
  started.push(await startAppInstance({ port, dataDir, env: { CLINIXAI_NOTIFICATION_DELIVERY: 'paused' } }));
  const [first] = started;

  const adminContext = await browser.newContext({ baseURL: origin });
  await openAroundTheClock(await adminContext.newPage());
  await adminContext.close();

  // A new person (so no other spec mails this address), patient of Riverside, books a visit a few hours ahead.
  patient = await createConfirmedAccount(page, 'reminder-restart', 'Rhea Minder');
  await signInWithForm(page, patient.email, patient.password);
  await page.goto('/onboarding');
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Riverside Family Clinic, Albany' });
  await page.getByLabel('Date of birth').fill('1988-02-03');
  await page.getByRole('button', { name: 'Join the clinic' }).click();
  await expect(page).toHaveURL(/\/patient\/chart$/);
  await bookInsideReminderWindow(page);

  // The booking's own confirmation is mailed at once; the reminder waits in the paused job queue.
  await waitForMail(patient.email, /^Your visit at Riverside Family Clinic is booked$/);
  expect(await mailsTo(patient.email, REMINDER)).toEqual([]);
  expect(await remindersInCentre(page)).toBe(0);

  // A crash: SIGKILL, by PID. Nothing ran that could have delivered the reminder.
  await first!.stop('SIGKILL');
  expect(await mailsTo(patient.email, REMINDER)).toEqual([]);

  // The same data directory again, delivery on: the reminder goes out once.
  started.push(await startAppInstance({ port, dataDir }));
  const reminder = await waitForMail(patient.email, REMINDER);
  expect(reminder.text).toMatch(/^Your visit is within 24 hours: /);
  await expect.poll(() => remindersInCentre(page), { message: 'the reminder in the notification centre' }).toBe(1);
  await page.goto('/patient');
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const centre = page.getByRole('dialog', { name: 'Notifications' });
  await expect(centre.getByText('Reminder: your visit at Riverside Family Clinic', { exact: true })).toHaveCount(1);
  await page.keyboard.press('Escape');
});

test('a later sweep of the restarted instance sends nothing more', async ({ browser, page }) => {
  // A sign-in from another browser is a notice delivered by the next sweep, which also looks for due reminders
  // first: once its email has arrived, a whole sweep has run after the reminder was sent.
  const other = await browser.newContext({ baseURL: origin, userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' });
  await signInWithForm(await other.newPage(), patient.email, patient.password);
  await other.close();
  await waitForMail(patient.email, /^New sign-in to your ClinixAI account$/);

  expect(await mailsTo(patient.email, REMINDER)).toHaveLength(1);
  await signInWithForm(page, patient.email, patient.password);
  expect(await remindersInCentre(page)).toBe(1);
});
