import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/config/env';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { consentLog } from '@/db/schema/consent';
import { createEmptyDataDir, createTestDatabase, removeTestDirs, testEngine } from '@/db/testing/test-database';
import { GENESIS_HASH, type ConsentLogContent } from './consent-log-chain';
import { appendConsentLog } from './consent-log.repo';
import { verifyConsentLog } from './verify-consent-log';

let handle: DatabaseHandle;

const entry = (i: number): ConsentLogContent => ({
  consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f',
  userId: i % 2 === 0 ? null : '11111111-1111-4111-8111-111111111111',
  at: new Date(Date.UTC(2026, 5, 1, 12, 0, i, 123)),
  action: i === 0 ? 'given' : 'changed',
  categoriesBefore: i === 0 ? null : { necessary: true, functional: i % 2 === 1, analytics: false },
  categoriesAfter: { necessary: true, functional: i % 2 === 0, analytics: false },
  policyVersion: 'abcdefabcdef',
  surface: i === 0 ? 'banner' : 'settings',
  gpc: i === 3,
  locale: i === 2 ? null : 'en-GB',
});

beforeAll(async () => {
  // Secrets for this file only: the embedded engine keeps generated ones beside its data directory.
  process.env.CLINIXAI_DATA_DIR = await createEmptyDataDir();
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  resetEnvCache();
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle.close();
  await removeTestDirs();
});

describe(`consent log on ${testEngine()}`, () => {
  it('verifies an empty log', async () => {
    expect(await verifyConsentLog()).toEqual({ ok: true, rows: 0, headHash: GENESIS_HASH });
  });

  it('appends linked rows, concurrent appends included, and verifies them', async () => {
    const first = await appendConsentLog(entry(0));
    const [second] = await handle.db.select().from(consentLog);
    expect(second).toMatchObject({ seq: first.seq, prevHash: GENESIS_HASH, hash: first.hash, locale: 'en-GB', gpc: false });
    // Appends from several requests at once queue on the lock instead of forking the chain.
    await Promise.all([1, 2, 3, 4, 5].map((i) => appendConsentLog(entry(i))));
    const result = await verifyConsentLog();
    expect(result).toMatchObject({ ok: true, rows: 6 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE: the log is append-only in the database too', async () => {
    await expect(handle.db.execute(sql`update consent_log set gpc = true`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from consent_log`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate consent_log`)).rejects.toThrow();
    expect(await verifyConsentLog()).toMatchObject({ ok: true, rows: 6 });
  });

  it('finds the first tampered row, and a removed one', async () => {
    const rows = await handle.db.select({ seq: consentLog.seq }).from(consentLog).orderBy(consentLog.seq);
    const third = rows[2]!.seq;
    // Someone with the table owner's rights switches the guard off and edits a record.
    await handle.db.execute(sql`alter table consent_log disable trigger consent_log_no_update_delete`);
    await handle.db.execute(sql`update consent_log set categories_after = '{"necessary":true,"functional":true,"analytics":true}' where seq = ${third}`);
    expect(await verifyConsentLog()).toEqual({ ok: false, rowsBefore: 2, seq: third, reason: 'hash-mismatch' });

    await handle.db.execute(sql`delete from consent_log where seq = ${third}`);
    expect(await verifyConsentLog()).toEqual({ ok: false, rowsBefore: 2, seq: rows[3]!.seq, reason: 'broken-link' });
    await handle.db.execute(sql`alter table consent_log enable trigger consent_log_no_update_delete`);
  });
});
