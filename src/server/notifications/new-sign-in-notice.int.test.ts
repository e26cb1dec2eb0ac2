import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { notificationJobs, notifications, signInDevices } from '@/db/schema/notifications';
import { createTestDatabase } from '@/db/testing/test-database';
import { addMember } from '@/server/scheduling/scheduling-fixtures.repo';
import type { MailMessage } from './mailer';
import { notifyNewSignIn, type SignInContext } from './notify-new-sign-in';
import { updateNotificationPreferences } from './notification-preferences';
import { runNotificationWorker } from './run-notification-worker';

const chromeWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefoxLinux = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const AT = new Date('2026-03-04T15:30:00Z');

let handle: DatabaseHandle;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle?.close();
});

const jobsOf = (userId: string) => handle.db.select().from(notificationJobs).where(eq(notificationJobs.userId, userId));

async function person(name: string) {
  return addMember(handle.db, null as unknown as string, 'platform_admin', name);
}

async function deliver() {
  const sent: MailMessage[] = [];
  await runNotificationWorker({ send: async (message) => void sent.push(message), now: () => new Date(AT.getTime() + 1000) });
  return sent;
}

describe('the new sign-in notice', () => {
  it('the first sign-in only records the device; the same browser again is quiet; another browser is told in the app and by email', async () => {
    const someone = await person('Sign In');
    await handle.db.update(users).set({ timeZone: 'Europe/Paris' }).where(eq(users.id, someone.userId));
    const from = (userAgent: string, ip: string, method: SignInContext['method'] = 'password') => notifyNewSignIn({ userId: someone.userId, userAgent, ip, method, now: AT });

    expect(await from(chromeWindows, '203.0.113.57')).toBe(false);
    expect(await jobsOf(someone.userId)).toEqual([]);
    // Same browser family (a newer version) on the same network: the same device.
    expect(await from(chromeWindows.replace('131.0.0.0', '132.0.0.0'), '203.0.9.9')).toBe(false);
    expect(await jobsOf(someone.userId)).toEqual([]);

    expect(await from(firefoxLinux, '198.51.100.23', 'google')).toBe(true);
    const jobs = await jobsOf(someone.userId);
    expect(jobs.map((job) => [job.event, job.channel]).sort()).toEqual([['security.sign_in', 'email'], ['security.sign_in', 'in_app']]);

    const sent = await deliver();
    const mail = sent.find((m) => m.to === someone.email);
    expect(mail?.subject).toBe('New sign-in to your ClinixAI account');
    expect(mail?.text).toContain('signed in to your account with Google on Wed, Mar 4, 2026, 4:30 PM GMT+1');
    expect(mail?.text).toContain('from Firefox on Linux (network 198.51.x.x, approximate origin).');
    expect(mail?.text).toContain('Change your password (we email you a link): http://localhost:3000/forgot-password');
    // Only the network part of the address, and nothing else about the person, is in it.
    expect(mail?.text).not.toContain('198.51.100.23');
    const inApp = await handle.db.select().from(notifications).where(eq(notifications.userId, someone.userId));
    expect(inApp.map((n) => [n.type, n.title, n.link])).toEqual([['security.sign_in', 'New sign-in to your ClinixAI account', '/forgot-password']]);

    // That browser again: it is known now.
    expect(await from(firefoxLinux, '198.51.7.7')).toBe(false);
    expect(await jobsOf(someone.userId)).toHaveLength(2);
    // The devices are stored as keyed hashes only.
    const stored = await handle.db.select().from(signInDevices).where(eq(signInDevices.userId, someone.userId));
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(row.deviceKey).not.toMatch(/Firefox|Chrome|198|203/);
  });

  it('follows the person\'s preferences: email switched off means the notice shows in the app only', async () => {
    const someone = await person('Prefs Sign In');
    await updateNotificationPreferences(someone, { preferences: [{ event: 'security.sign_in', channel: 'email', enabled: false }] });
    await notifyNewSignIn({ userId: someone.userId, userAgent: chromeWindows, ip: '203.0.113.57', method: 'password', now: AT });
    expect(await notifyNewSignIn({ userId: someone.userId, userAgent: firefoxLinux, ip: '203.0.113.57', method: 'password', now: AT })).toBe(true);
    const sent = await deliver();
    expect(sent.filter((m) => m.to === someone.email)).toEqual([]);
    const jobs = await jobsOf(someone.userId);
    expect(jobs.map((job) => [job.channel, job.status]).sort()).toEqual([['email', 'skipped'], ['in_app', 'sent']]);
  });

  it('two sign-ins at once from one new device notify once', async () => {
    const someone = await person('Race Sign In');
    await notifyNewSignIn({ userId: someone.userId, userAgent: chromeWindows, ip: '203.0.113.57', method: 'password', now: AT });
    const results = await Promise.all(Array.from({ length: 4 }, () => notifyNewSignIn({ userId: someone.userId, userAgent: firefoxLinux, ip: '192.0.2.1', method: 'password', now: AT })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await jobsOf(someone.userId)).toHaveLength(2);
  });

  it('an unknown account is never told anything and the sign-in is never failed', async () => {
    expect(await notifyNewSignIn({ userId: '00000000-0000-4000-8000-00000000dead', userAgent: chromeWindows, ip: '203.0.113.57', method: 'password', now: AT })).toBe(false);
  });
});
