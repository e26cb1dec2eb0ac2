import fs from 'node:fs';
import { expect, test } from './support/fixtures';
import { runServeUntilExit, temporaryDataDir } from './support/serve-process';

// Each case starts a real server process; loading Next.js takes seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('invalid configuration stops start-up with one message naming the variable, not its value', async () => {
  const dataDir = temporaryDataDir();
  try {
    const result = await runServeUntilExit({
      CLINIXAI_DATA_DIR: dataDir,
      DATABASE_URL: 'mysql://ops:hunter2-secret@db.internal:3306/clinixai',
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('ClinixAI cannot start');
    expect(result.stderr).toContain('DATABASE_URL');
    const output = result.stdout + result.stderr;
    for (const secret of ['hunter2-secret', 'db.internal', 'mysql://']) expect(output).not.toContain(secret);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a second server on the same data directory stops with a clear message; the first keeps serving', async ({ request }) => {
  const dataDir = process.env.CLINIXAI_E2E_DATA_DIR;
  if (!dataDir) throw new Error('CLINIXAI_E2E_DATA_DIR is set by playwright.config.ts');

  const second = await runServeUntilExit({ CLINIXAI_DATA_DIR: dataDir });

  expect(second.code).not.toBe(0);
  expect(second.stderr).toContain('ClinixAI cannot start');
  expect(second.stderr).toContain('already in use by another ClinixAI process');
  expect(second.stderr).toContain('CLINIXAI_DATA_DIR');
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', db: 'pglite' });
});
