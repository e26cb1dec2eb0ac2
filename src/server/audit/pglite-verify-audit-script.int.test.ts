import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { auditEvents } from '@/db/schema/audit';
import { clinics } from '@/db/schema/clinics';
import { createTestDataDir, removeTestDirs } from '@/db/testing/test-database';

/**
 * `npm run audit:verify` as an operator runs it, in its own process on an embedded data directory
 * (PGlite only: the script's work is the same on PostgreSQL, which the chain tests cover).
 */
const run = promisify(execFile);

async function verify(dataDir: string): Promise<{ code: number; stdout: string }> {
  const script = path.join(process.cwd(), 'scripts', 'verify-audit-log.mjs');
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, CLINIXAI_DATA_DIR: dataDir, DATABASE_URL: '' } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

afterAll(async () => {
  await removeTestDirs();
});

describe('npm run audit:verify', () => {
  it('prints rows checked and head hashes, and exits 1 after tampering', async () => {
    const dataDir = await createTestDataDir();
    let handle = await openDatabase({ engine: 'pglite', dataDir });
    const [clinic] = await handle.db.insert(clinics).values({ slug: 'script', name: 'Script Clinic', timeZone: 'UTC', country: 'GB' }).returning({ id: clinics.id });
    for (const action of ['chart.read', 'chart.read', 'staff.invite']) {
      await handle.db.insert(auditEvents).values({ clinicId: clinic!.id, action, entityType: 'patient', entityId: 'p', outcome: 'allowed' });
    }
    await handle.close();

    const ok = await verify(dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('3 row(s) checked in 1 chain(s)');
    expect(ok.stdout).toMatch(/OK {6}Script Clinic \([0-9a-f-]{36}\): 3 row\(s\), head hash [0-9a-f]{64}/);

    handle = await openDatabase({ engine: 'pglite', dataDir });
    await handle.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await handle.db.execute(sql`UPDATE audit_events SET action = 'chart.nothing' WHERE action = 'staff.invite'`);
    await handle.close();

    const broken = await verify(dataDir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN {2}Script Clinic .*does not match its hash \(edited\); 2 row\(s\) before it verify/);
  });
});
