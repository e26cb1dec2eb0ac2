import type { Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/inbox';
import { signInAs } from '../support/sign-in';

/**
 * Staff invitations as the people involved see them: Riverside's admin invites a clinician from
 * /admin/staff, the invitation reaches the (local) SMTP server, the invitee opens the link, creates
 * an account and lands in the clinic; the link then no longer works.
 */
const formAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

async function invite(page: Page, email: string, role: 'Clinician' | 'Clinic admin') {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Send invitation' }).click();
}

const invitationRow = (page: Page, email: string) => page.getByRole('table', { name: 'Invitations sent from this clinic' }).getByRole('row').filter({ hasText: email });

test('an admin invites a clinician, who creates an account from the emailed link and lands in the clinic', async ({ page, browser, baseURL }) => {
  const email = `new.clinician.${Date.now()}@example.org`;
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff & roles' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await invite(page, email, 'Clinician');
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await expect(invitationRow(page, email)).toContainText('Pending');

  const mail = await waitForMail(email, /invited to join Riverside Family Clinic/);
  expect(mail.text).toContain('expires in 7 days');
  const link = linkIn(mail);
  expect(link).toMatch(/^\/join\?token=[A-Za-z0-9_-]+$/);

  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { level: 1, name: 'Join Riverside Family Clinic' })).toBeVisible();
  await expect(inviteePage.getByText('Clinician', { exact: true })).toBeVisible();
  await expect(inviteePage.getByLabel('Email address')).toHaveValue(email);
  await expectNoSeriousAccessibilityViolations(inviteePage);

  // A refused password names the field and uses nothing up.
  await inviteePage.getByLabel('Your name').fill('Dr. Ines Novak');
  await inviteePage.getByLabel('Password', { exact: true }).fill('short');
  await inviteePage.getByRole('button', { name: 'Create account and join' }).click();
  await expect(inviteePage.locator('#join-password-error')).toContainText('at least 12 characters');

  await inviteePage.getByLabel('Password', { exact: true }).fill('a lantern by the quiet river');
  await inviteePage.getByRole('button', { name: 'Create account and join' }).click();
  await expect(inviteePage).toHaveURL(/\/clinician$/);
  const me = (await (await inviteePage.request.get('/api/v1/me')).json()) as {
    user: { email: string };
    memberships: { clinicName: string; role: string }[];
    active: { role: string };
  };
  expect(me.user.email).toBe(email);
  expect(me.active.role).toBe('clinician');
  expect(me.memberships).toEqual([expect.objectContaining({ clinicName: 'Riverside Family Clinic', role: 'clinician' })]);

  // Single use: the same link now says so, in a fresh browser too.
  await inviteePage.goto(link);
  await expect(inviteePage.getByText('This invitation has already been used')).toBeVisible();
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();
  await expect(strangerPage.getByRole('button', { name: 'Create account and join' })).toHaveCount(0);
  await stranger.close();

  await page.reload();
  await expect(invitationRow(page, email)).toContainText('Accepted');
  await expect(page.getByRole('table', { name: 'Staff of this clinic' }).getByRole('row').filter({ hasText: email })).toContainText('Dr. Ines Novak');

  // Now signed in, the same person accepts a second role by pressing one button; nobody else can.
  await invite(page, email, 'Clinic admin');
  // The mail is handed to SMTP before the action answers, so after this the newest mail is the new one.
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  const second = linkIn(await waitForMail(email, /invited to join Riverside Family Clinic/));
  expect(second).not.toBe(link);
  await page.goto(second);
  await expect(page.getByRole('heading', { name: 'This invitation is for another address' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Accept and join/ })).toHaveCount(0);
  await inviteePage.goto(second);
  await inviteePage.getByRole('button', { name: 'Accept and join Riverside Family Clinic' }).click();
  // Joining signs the person in and opens their workspace: several requests, slow on a busy machine (a hang guard).
  await expect(inviteePage).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await invitee.close();
});

test('inviting an existing clinician answers with a clear message; a pending invitation can be withdrawn', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'admin@riverside.example');
  await page.goto('/admin/staff');
  await invite(page, 'dr.lee@riverside.example', 'Clinician');
  await expect(formAlert(page)).toContainText('The invitation was not sent');
  await expect(page.locator('#invite-email-error')).toContainText('dr.lee@riverside.example is already a clinician at Riverside Family Clinic.');

  const email = `withdrawn.${Date.now()}@example.org`;
  await invite(page, email, 'Clinic admin');
  await expect(invitationRow(page, email)).toContainText('Pending');
  const link = linkIn(await waitForMail(email, /invited to join/));
  await invitationRow(page, email).getByRole('button', { name: `Withdraw the invitation to ${email}` }).click();
  await expect(invitationRow(page, email)).toContainText('Withdrawn');

  await page.goto(link);
  await expect(page.getByText('This invitation was withdrawn by the clinic')).toBeVisible();
});

test('a clinician cannot open the staff page', async ({ page, baseURL }) => {
  await signInAs(page, baseURL!, 'dr.lee@riverside.example');
  const response = await page.goto('/admin/staff');
  expect(response?.status()).toBe(404);
});
