import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { latestOutboxMessages } from '@/server/notifications/mail-outbox.repo';
import { requestPasswordReset, resetPassword } from './reset-password';
import { refreshSessionToken } from './session-token';
import { signInWithPassword } from './sign-in-with-password';
import { signUp } from './sign-up';
import { verifyEmail } from './verify-email';

const base = 'http://localhost:3000';
let handle: DatabaseHandle;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

const tokenFromLatestMail = async (to: string) => {
  const [mail] = (await latestOutboxMessages(10)).filter((m) => m.toAddress === to);
  const match = mail?.textBody.match(/token=([A-Za-z0-9_-]+)/);
  return match?.[1];
};
const userCount = async () => (await handle.db.select({ n: count() }).from(users))[0]?.n ?? 0;
const validationErrorOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors ?? {};
};

describe('sign-up, email verification and sign-in', () => {
  it('refuses bad input naming each field and stores nothing', async () => {
    const before = await userCount();
    const fields = await validationErrorOf(signUp({ name: '<script>', email: 'not-an-email', password: 'short' }, base));
    expect(Object.keys(fields).sort()).toEqual(['email', 'name', 'password']);
    const wrongTypes = await validationErrorOf(signUp({ name: 42, email: ['a'], password: null }, base));
    expect(Object.keys(wrongTypes).sort()).toEqual(['email', 'name', 'password']);
    expect(await userCount()).toBe(before);
  });

  it('signs up, refuses sign-in until the email is confirmed, and the link works once', async () => {
    const email = 'Amara.Nwosu@Example.org';
    await signUp({ name: 'Amara Nwosu', email, password: 'a long and unusual passphrase' }, base);
    const token = await tokenFromLatestMail('amara.nwosu@example.org');
    expect(token).toBeDefined();

    expect(await signInWithPassword({ email, password: 'a long and unusual passphrase' }, '10.0.0.1')).toEqual({ ok: false, reason: 'email_unverified' });
    expect(await verifyEmail(token!)).toBe(true);
    expect(await verifyEmail(token!)).toBe(false);
    const outcome = await signInWithPassword({ email: 'amara.nwosu@example.org', password: 'a long and unusual passphrase' }, '10.0.0.1');
    expect(outcome.ok).toBe(true);
  });

  it('answers a sign-up for a taken email exactly like a new one, and warns the owner by email', async () => {
    const email = 'taken@example.org';
    await signUp({ name: 'First Owner', email, password: 'first owner passphrase' }, base);
    const before = await userCount();
    await expect(signUp({ name: 'Someone Else', email, password: 'another passphrase here' }, base)).resolves.toEqual({ email });
    expect(await userCount()).toBe(before);
    const [latest] = (await latestOutboxMessages(5)).filter((m) => m.toAddress === email);
    expect(latest?.subject).toBe('Someone tried to sign up with your email');
  });

  it('gives one answer for a wrong password and for an unknown account', async () => {
    await signUp({ name: 'Known Person', email: 'known@example.org', password: 'known person passphrase' }, base);
    const wrong = await signInWithPassword({ email: 'known@example.org', password: 'wrong password!!' }, '10.0.0.9');
    const unknown = await signInWithPassword({ email: 'nobody@example.org', password: 'wrong password!!' }, '10.0.0.9');
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });
});

describe('sign-in throttling', () => {
  it('locks an account for one IP after 10 failures, even with the right password, but not for another IP', async () => {
    const email = 'throttled@example.org';
    const password = 'throttled person passphrase';
    await signUp({ name: 'Throttled Person', email, password }, base);
    await verifyEmail((await tokenFromLatestMail(email))!);
    for (let i = 0; i < 10; i += 1) {
      expect((await signInWithPassword({ email, password: `wrong-${i}-password` }, '192.0.2.10')).ok).toBe(false);
    }
    expect(await signInWithPassword({ email, password }, '192.0.2.10')).toEqual({ ok: false, reason: 'rate_limited' });
    expect((await signInWithPassword({ email, password }, '192.0.2.11')).ok).toBe(true);
  });

  it('locks an IP after 100 failures across accounts', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < 100; i += 1) {
      await signInWithPassword({ email: `guess${i}@example.org`, password: 'not the password' }, ip);
    }
    expect(await signInWithPassword({ email: 'known@example.org', password: 'known person passphrase' }, ip)).toEqual({ ok: false, reason: 'rate_limited' });
  });
});

describe('password reset', () => {
  it('sends nothing for an unknown address and answers the same', async () => {
    const before = (await latestOutboxMessages(500)).length;
    await expect(requestPasswordReset({ email: 'ghost@example.org' }, base)).resolves.toBeUndefined();
    expect((await latestOutboxMessages(500)).length).toBe(before);
  });

  it('resets once, refuses a weak password without spending the link, and ends earlier sessions', async () => {
    const email = 'reset.me@example.org';
    await signUp({ name: 'Reset Me', email, password: 'original passphrase one' }, base);
    const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const userId = row!.id;
    const signedInBefore = Date.now() - 1000;
    const oldToken = { uid: userId, sid: 'old-session', signedInAt: signedInBefore };
    expect(await refreshSessionToken({ ...oldToken }, undefined, undefined)).not.toBeNull();

    await requestPasswordReset({ email }, base);
    const token = (await tokenFromLatestMail(email))!;
    const weak = await validationErrorOf(resetPassword({ token, password: 'password' }));
    expect(Object.keys(weak)).toEqual(['password']);

    await resetPassword({ token, password: 'brand new passphrase two' });
    const reused = await validationErrorOf(resetPassword({ token, password: 'brand new passphrase three' }));
    expect(Object.keys(reused)).toEqual(['token']);
    expect((await signInWithPassword({ email, password: 'original passphrase one' }, '10.1.1.1')).ok).toBe(false);
    expect((await signInWithPassword({ email, password: 'brand new passphrase two' }, '10.1.1.1')).ok).toBe(true);
    expect(await refreshSessionToken({ ...oldToken }, undefined, undefined)).toBeNull();
  });
});
