import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { notificationJobs } from '@/db/schema/notifications';
import { createTestDatabase } from '@/db/testing/test-database';
import { addMember } from '@/server/scheduling/scheduling-fixtures.repo';
import { notifySecurityEvent } from './notify-security-event';
import { notifyStaffInvitation } from './notify-staff-invitation';
import { getNotificationPreferences, updateNotificationPreferences } from './notification-preferences';

let handle: DatabaseHandle;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle?.close();
});

describe('account notices and preferences', () => {
  it('an invitation and a password change reach an existing account in the app only; an unknown address gets nothing', async () => {
    const person = await addMember(handle.db, null as unknown as string, 'platform_admin', 'Someone');
    await notifyStaffInvitation(person.email, 'Riverside Family Clinic', '00000000-0000-4000-8000-000000000001');
    await notifyStaffInvitation(person.email, 'Riverside Family Clinic', '00000000-0000-4000-8000-000000000001');
    await notifySecurityEvent(person.email, 'security.password_changed');
    await notifyStaffInvitation('nobody@example.org', 'Riverside Family Clinic', '00000000-0000-4000-8000-000000000002');
    const jobs = await handle.db.select().from(notificationJobs).where(eq(notificationJobs.userId, person.userId));
    expect(jobs.map((job) => [job.event, job.channel]).sort()).toEqual([['security.password_changed', 'in_app'], ['staff.invited', 'in_app']]);
  });

  it('preferences default to on, are saved per event and channel, and a required security email cannot be switched off', async () => {
    const person = await addMember(handle.db, null as unknown as string, 'platform_admin', 'Prefs');
    const initial = await getNotificationPreferences(person);
    expect(initial.preferences.every((p) => p.enabled)).toBe(true);
    const saved = await updateNotificationPreferences(person, { preferences: [{ event: 'message.received', channel: 'email', enabled: false }] });
    expect(saved.preferences.find((p) => p.event === 'message.received' && p.channel === 'email')?.enabled).toBe(false);
    await expect(updateNotificationPreferences(person, { preferences: [{ event: 'security.password_changed', channel: 'email', enabled: false }] })).rejects.toMatchObject({ fieldErrors: { 'preferences.0.enabled': [expect.any(String)] } });
    await expect(updateNotificationPreferences(person, { preferences: [{ event: 'staff.invited', channel: 'email', enabled: false }] })).rejects.toMatchObject({ fieldErrors: { 'preferences.0.channel': [expect.any(String)] } });
    await expect(updateNotificationPreferences(person, { preferences: [] })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
