// `npm test`: every check of the platform, in order, ending with the line `N passed, N failed`.
//   1. types       tsc --noEmit                      (one check)
//   2. lint        eslint --max-warnings 0 .         (one check)
//   3. vitest      unit + integration on PGlite      (one per test)
//   4. postgres    integration on PostgreSQL         (one per test; skipped with a reason when no server)
//   5. e2e         Playwright in Chromium             (one per test)
// A failing stage does not stop the later ones, so the count is always complete.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = process.cwd();
const tmpDir = path.join(root, '.test-tmp');
const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.NEXT_TELEMETRY_DISABLED = '1';
fs.mkdirSync(tmpDir, { recursive: true });

const results = [];

function bin(name) {
  return path.join(root, 'node_modules', '.bin', name);
}

function heading(text) {
  process.stdout.write(`\n=== ${text} ===\n`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      process.stderr.write(`could not run ${command}: ${error.message}\n`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function stage(name, body) {
  heading(name);
  const started = Date.now();
  let outcome;
  try {
    outcome = await body();
  } catch (error) {
    outcome = { passed: 0, failed: 1, note: `stage crashed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = { name, ms: Date.now() - started, ...outcome };
  results.push(result);
  const counts = result.skipped === true ? 'skipped' : `${result.passed} passed, ${result.failed} failed`;
  process.stdout.write(`--- ${name}: ${counts} (${seconds(result.ms)})${result.note ? ` - ${result.note}` : ''}\n`);
}

/** A tool that answers yes or no counts as one check. */
async function singleCheck(command, args) {
  const code = await run(command, args);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` };
}

/**
 * Counts from Vitest's JSON report. A file that fails before its tests run (an import error, a
 * failing beforeAll) has no failed test in it but is a failure, and so is a run that exits
 * non-zero without any (a global setup that throws).
 */
async function vitestStage(projects, reportName, env = {}) {
  const report = path.join(tmpDir, `${reportName}-${process.pid}.json`);
  fs.rmSync(report, { force: true });
  const args = ['run', ...projects.flatMap((project) => ['--project', project]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const code = await run(bin('vitest'), args, env);
  const json = readJson(report);
  fs.rmSync(report, { force: true });
  if (!json) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
  let failed = json.numFailedTests ?? 0;
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  failed += brokenFiles.length;
  const notes = [];
  if (brokenFiles.length > 0) notes.push(`${brokenFiles.length} file(s) failed outside a test`);
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit code ${code} without a failing test (see the output above)`);
  }
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (skipped > 0) notes.push(`${skipped} skipped or todo`);
  return { passed: json.numPassedTests ?? 0, failed, note: notes.join('; ') };
}

/** Which PostgreSQL server the integration suite may use, or why there is none. */
async function postgresTarget() {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return { url: given };
  const client = new pg.Client({ connectionString: defaultPostgresUrl, connectionTimeoutMillis: 3000 });
  // An idle error after a failed connect must not crash the orchestrator.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return { url: defaultPostgresUrl };
  } catch (error) {
    const reason = error && typeof error === 'object' && 'code' in error && error.code ? error.code : String(error?.message ?? error);
    return { reason: `no PostgreSQL answered at ${defaultPostgresUrl} (${reason}); set TEST_DATABASE_URL to run it` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Counts from Playwright's JSON report; a run that fails before any test (the web server) is one failure. */
async function playwrightStage() {
  const report = path.join(tmpDir, `playwright-${process.pid}.json`);
  fs.rmSync(report, { force: true });
  const code = await run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  const json = readJson(report);
  fs.rmSync(report, { force: true });
  if (!json?.stats) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  let failed = unexpected;
  const notes = [];
  if (flaky > 0) notes.push(`${flaky} flaky`);
  if (skipped > 0) notes.push(`${skipped} skipped`);
  if ((json.errors ?? []).length > 0) notes.push(`${json.errors.length} error(s) outside tests`);
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit code ${code} without a failing test (see the output above)`);
  }
  return { passed: expected + flaky, failed, note: notes.join('; ') };
}

const startedAll = Date.now();
await stage('types (tsc --noEmit)', () => singleCheck(bin('tsc'), ['--noEmit']));
await stage('lint (eslint --max-warnings 0 .)', () => singleCheck(bin('eslint'), ['--max-warnings', '0', '.']));
await stage('vitest (unit, integration on PGlite)', () => vitestStage(['unit', 'integration-pglite'], 'vitest'));
const postgres = await postgresTarget();
if (postgres.url) {
  await stage('vitest (integration on PostgreSQL)', () =>
    vitestStage(['integration-postgres'], 'vitest-postgres', { TEST_DATABASE_URL: postgres.url }),
  );
} else {
  heading('vitest (integration on PostgreSQL)');
  process.stdout.write(`PostgreSQL suite skipped: ${postgres.reason}\n`);
  results.push({ name: 'vitest (integration on PostgreSQL)', ms: 0, passed: 0, failed: 0, skipped: true, note: postgres.reason });
}
await stage('e2e (Playwright, Chromium)', playwrightStage);

heading('summary');
for (const result of results) {
  const counts = result.skipped === true ? 'skipped' : `${result.passed} passed, ${result.failed} failed`;
  process.stdout.write(`${result.failed > 0 ? 'FAIL' : result.skipped === true ? 'SKIP' : 'ok  '}  ${result.name}: ${counts} (${seconds(result.ms)})${result.note ? ` - ${result.note}` : ''}\n`);
}
process.stdout.write(`total time ${seconds(Date.now() - startedAll)}\n`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
