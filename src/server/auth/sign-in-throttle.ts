import { createHmac } from 'node:crypto';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import * as repo from './sign-in-throttle.repo';

/**
 * Password sign-in throttling (issue: 10 failures per account and IP in 15 minutes lock that
 * pair for 15 minutes; 100 failures from one IP in an hour lock the IP for an hour).
 * Checked before any password hash is computed, so a locked attacker costs us one query.
 * Counters live in the database so every app instance sees the same numbers.
 */
export const throttleRules = {
  accountIp: { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 100, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
} as const;

/** The account as a keyed hash: the throttle tables never hold an email address. */
export function accountKeyOf(email: string): string {
  return createHmac('sha256', runtimeSecrets().authSecret).update(email.trim().toLowerCase()).digest('base64url');
}

const accountIpLock = (accountKey: string, ip: string) => `account:${accountKey}|ip:${ip}`;
const ipLock = (ip: string) => `ip:${ip}`;

export async function isThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const until = await repo.activeLockUntil([accountIpLock(accountKeyOf(email), ip), ipLock(ip)], now);
  return until !== undefined;
}

export async function recordSignInFailure(email: string, ip: string, now = new Date()): Promise<void> {
  const accountKey = accountKeyOf(email);
  await repo.recordFailure(accountKey, ip, now);
  const { accountIp, ip: ipRule } = throttleRules;
  const pairFailures = await repo.countFailures({ accountKey, ip, since: new Date(now.getTime() - accountIp.windowMs) });
  if (pairFailures >= accountIp.maxFailures) {
    await repo.lock(accountIpLock(accountKey, ip), new Date(now.getTime() + accountIp.lockMs));
  }
  const ipFailures = await repo.countFailures({ ip, since: new Date(now.getTime() - ipRule.windowMs) });
  if (ipFailures >= ipRule.maxFailures) await repo.lock(ipLock(ip), new Date(now.getTime() + ipRule.lockMs));
  if (Math.random() < 0.01) await repo.pruneBefore(new Date(now.getTime() - ipRule.windowMs));
}

export async function recordSignInSuccess(email: string, ip: string): Promise<void> {
  await repo.clearFailures(accountKeyOf(email), ip);
}
