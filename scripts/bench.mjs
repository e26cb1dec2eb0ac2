// `npm run bench`: throughput and latency of the app's API against a bare Node HTTP server
// measured in the same run (DESIGN.md §7: ratios to a same-run baseline, never wall-clock asserts).
// Flags: --duration N (seconds per target, default 10), --no-build (reuse .next-bench),
//        --postgres URL (also run on PostgreSQL; TEST_DATABASE_URL does the same),
//        --no-patient-search (skip scripts/bench-patient-search.mjs, which runs after the HTTP figures),
//        --no-dashboards (skip scripts/bench-dashboards.mjs, the role dashboards' queries at 100,000 patients),
//        --no-dashboard-pages (run its queries but not its server render of the dashboard pages).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, printTable } from './bench-load.mjs';
import { build } from './bench-build.mjs';
import { freePort, get, rssMb, startApp, startBaseline, stop, stopAll } from './bench-processes.mjs';
import { createDatabase, redactUrl } from './bench-postgres.mjs';
import { signIn } from './bench-session.mjs';
import { measureEngineRoute, printStatuses, runInProcessBench } from './bench-clinical-ai.mjs';
import { measureDraftRoute, runDraftingInProcessBench } from './bench-drafting.mjs';

const DIST_DIR = '.next-bench';
const BUILD_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 120_000;
/** scripts/bench-patient-search.mjs stops itself after 15 minutes. */
const PATIENT_SEARCH_TIMEOUT_MS = 15 * 60_000;
/** scripts/bench-dashboards.mjs stops itself after 15 minutes, plus its page part's bound (scripts/bench-dashboard-pages.mjs). */
const DASHBOARDS_TIMEOUT_MS = 45 * 60_000;

const { values: flags } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, 'no-build': { type: 'boolean', default: false }, postgres: { type: 'string' }, 'no-patient-search': { type: 'boolean', default: false }, 'no-dashboards': { type: 'boolean', default: false }, 'no-dashboard-pages': { type: 'boolean', default: false } },
});
const durationS = Number(flags.duration);
if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600) {
  process.stderr.write('--duration must be a whole number of seconds from 1 to 600\n');
  process.exit(2);
}
const warmupS = Math.min(3, durationS);
const postgresUrl = flags.postgres ?? process.env.TEST_DATABASE_URL;

/** @type {Array<() => void | Promise<void>>} undone in reverse order on every exit path */
const cleanups = [];
let finishing = false;
/** @param {number} code */
async function finish(code) {
  if (finishing) return;
  finishing = true;
  await stopAll();
  for (const undo of cleanups.reverse()) await Promise.resolve().then(undo).catch((e) => process.stderr.write(`cleanup: ${e.message}\n`));
  process.exit(code);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => void finish(130));
// Every step is bounded on its own; this is the backstop for anything that is not.
const limitMs = BUILD_TIMEOUT_MS + 2 * START_TIMEOUT_MS + 13 * (durationS + warmupS + 15) * 1000 + 6 * durationS * 1000 + 180_000 + PATIENT_SEARCH_TIMEOUT_MS + DASHBOARDS_TIMEOUT_MS;
setTimeout(() => { process.stderr.write('bench exceeded its time bound\n'); void finish(1); }, limitMs).unref();

/** @type {import('./bench-load.mjs').Row[]} */
const rows = [];
/** @type {string[]} */
const notes = [];

await main().then(
  () => finish(0),
  (error) => { process.stderr.write(`\n${error.message}\n`); printResults(); return finish(1); },
);

async function main() {
  const cores = os.cpus().length;
  process.stdout.write(`ClinixAI bench, ${new Date().toISOString()}, Node ${process.version}, ${cores} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})\n`);
  process.stdout.write(`autocannon runs in this process on the same ${cores} cores as the server it loads: absolute req/s are lower than with a separate load host; compare the ratios.\n`);
  // Other work on the machine skews every figure; the load average says how much there was.
  process.stdout.write(`Load average before: ${loadAverage()}.\n\n`);
  // In-process figures first (no server): decision support against its own same-run baseline.
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-decision-support.mjs', '--duration', String(Math.min(durationS, 3))], { stdio: 'inherit' });
  // The clinical engine in-process (one core), before the build and servers compete for the CPU.
  await runInProcessBench(durationS);
  // SOAP drafting of a typical visit in-process (scripts/bench-drafting.mjs), same reason.
  await runDraftingInProcessBench(Math.min(durationS, 3));

  if (flags['no-build'] && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) process.stdout.write(`Reusing ${DIST_DIR} (--no-build).\n`);
  else await build(DIST_DIR, BUILD_TIMEOUT_MS);

  const pglite = await benchApp('pglite', {});
  // The baseline answers with the body the app's health check returned, so bytes on the wire match.
  const baseline = await startBaseline(pglite.healthBody);
  rows.push(await measure({ label: 'bare node http', url: `http://127.0.0.1:${baseline.port}/` }, { durationS, warmupS }));
  await stop(baseline.server);
  await loadApp(pglite);

  if (postgresUrl) await benchOnPostgres(postgresUrl);
  else notes.push('PostgreSQL: skipped (pass --postgres URL or set TEST_DATABASE_URL).');
  printResults();
  if (!flags['no-patient-search']) await runPatientSearchBench();
  // The page part serves the build made above (or reused with --no-build): never a second build.
  if (!flags['no-dashboards']) await runScript('scripts/bench-dashboards.mjs', 'Dashboard bench', ['--no-build', ...(flags['no-dashboard-pages'] ? ['--no-pages'] : [])]);
}

/**
 * Another in-process bench (TypeScript through tsx) in its own process, bounded by its own timer.
 * @param {string} script
 * @param {string} label
 * @param {string[]} [extraArgs]
 */
async function runScript(script, label, extraArgs = []) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(postgresUrl ? ['--postgres', postgresUrl] : []), ...extraArgs], { stdio: 'inherit' });
  cleanups.push(() => { if (child.exitCode === null) child.kill('SIGTERM'); });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) process.stdout.write(`${label} exited with ${code}.\n`);
}

/** Patient search at 100,000 patients, in its own process (it runs TypeScript through tsx); bounded by its own timer. */
async function runPatientSearchBench() {
  const { spawn } = await import('node:child_process');
  const args = ['--import', 'tsx', 'scripts/bench-patient-search.mjs', ...(postgresUrl ? ['--postgres', postgresUrl] : [])];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  cleanups.push(() => { if (child.exitCode === null) child.kill('SIGTERM'); });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) process.stdout.write(`Patient search bench exited with ${code}.\n`);
}

/**
 * Starts the app on a fresh data directory and measures its cold start.
 * @param {string} engine
 * @param {NodeJS.ProcessEnv} extraEnv
 */
async function benchApp(engine, extraEnv) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `clinixai-bench-${engine}-`));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const demoPassword = crypto.randomBytes(18).toString('base64url');
  const env = { ...process.env, CLINIXAI_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), CLINIXAI_DATA_DIR: dataDir, CLINIXAI_DEMO_PASSWORD: demoPassword, LOG_LEVEL: 'warn', ...extraEnv };
  // An inherited DATABASE_URL or seed mode would silently change what is measured.
  if (!extraEnv.DATABASE_URL) delete env.DATABASE_URL;
  if (!extraEnv.CLINIXAI_SEED) delete env.CLINIXAI_SEED;
  process.stdout.write(`\nStarting the app on ${engine} (port ${port})...\n`);
  const started = await startApp({ name: `app (${engine})`, env, port, timeoutMs: START_TIMEOUT_MS, redact: [demoPassword, extraEnv.AUTH_SECRET ?? demoPassword] });
  const idle = rssMb(started.server.pid);
  notes.push(`Cold start on ${engine} (spawn to first 200 from /api/health, fresh database incl. migrations and demo seed): ${Math.round(started.coldStartMs).toLocaleString('en-US')} ms; RSS when idle: ${formatRss(idle)}.`);
  return { engine, port, demoPassword, ...started };
}

/** @param {Awaited<ReturnType<typeof benchApp>>} app */
async function loadApp(app) {
  const base = `http://127.0.0.1:${app.port}`;
  rows.push(await measure({ label: `app ${app.engine} /api/health`, url: `${base}/api/health` }, { durationS, warmupS }));
  const directory = await get(`${base}/api/v1/clinics`);
  if (directory?.status === 200) notes.push(`/api/v1/clinics on ${app.engine} lists ${countItems(directory.body)} clinics.`);
  rows.push(await measure({ label: `app ${app.engine} /api/v1/clinics`, url: `${base}/api/v1/clinics` }, { durationS, warmupS }));
  // The same kind of read behind a session: JWT decryption, revocation check and memberships per request.
  const cookie = await signIn(base, 'dr.lee@riverside.example', app.demoPassword);
  if (cookie) {
    rows.push(await measure({ label: `app ${app.engine} /api/v1/me (signed in)`, url: `${base}/api/v1/me`, headers: { cookie } }, { durationS, warmupS }));
    for (const which of /** @type {const} */ (['assertion', 'extract'])) {
      rows.push(await measureEngineRoute(base, cookie, which, { durationS, warmupS, label: `app ${app.engine} POST /api/v1/clinical-ai/${which}` }));
    }
    const patient = await signIn(base, 'patient@riverside.example', app.demoPassword);
    rows.push(await measureDraftRoute(base, { clinician: cookie, patient }, DIST_DIR, { durationS, warmupS, label: `app ${app.engine} POST /api/v1/visits/{id}/note/draft` }, notes));
  } else notes.push(`Could not sign in on ${app.engine}; the authenticated route was not measured.`);
  notes.push(`RSS of the ${app.engine} server after load: ${formatRss(rssMb(app.server.pid))}.`);
  await stop(app.server);
}

/** @param {string} serverUrl */
async function benchOnPostgres(serverUrl) {
  let database;
  try {
    database = await createDatabase(serverUrl);
  } catch (error) {
    notes.push(`PostgreSQL at ${redactUrl(serverUrl)}: skipped, could not create a database (${/** @type {Error} */ (error).message}).`);
    return;
  }
  cleanups.push(database.drop);
  const authSecret = crypto.randomBytes(32).toString('base64url');
  const app = await benchApp('postgres', { DATABASE_URL: database.url, AUTH_SECRET: authSecret, CLINIXAI_SEED: 'demo' });
  await loadApp(app);
}

function printResults() {
  if (rows.length > 0) printTable(rows, rows.find((row) => row.label === 'bare node http')?.rps);
  printStatuses(rows);
  process.stdout.write(`\nConnections 10, ${durationS} s per target after ${warmupS} s warm-up, loopback only.\n`);
  for (const note of notes) process.stdout.write(`${note}\n`);
  process.stdout.write(`Load average after: ${loadAverage()}.\n`);
}

function loadAverage() {
  return os.loadavg().map((n) => n.toFixed(2)).join(' / ') + ' (1 / 5 / 15 min)';
}

/** @param {{ self: number, tree: number } | undefined} rss */
function formatRss(rss) {
  if (!rss) return 'n/a';
  const tree = rss.tree - rss.self > 1 ? ` (${Math.round(rss.tree)} MB with child processes)` : '';
  return `${Math.round(rss.self)} MB${tree}`;
}

/** @param {string} body */
function countItems(body) {
  try {
    return JSON.parse(body).items.length;
  } catch {
    return 'an unreadable list of';
  }
}
