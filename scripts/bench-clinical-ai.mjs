// `node scripts/bench-clinical-ai.mjs`: throughput of the clinical language engine.
// 1. In-process, one core (a child `node --import tsx`): assertion detection in sentences/s over the
//    development set, next to the issue's 60-character look-back baseline measured in the same run,
//    and extraction (findings, medications, vitals, red flags) of a typical intake text per second.
// 2. Through the API (skipped with --no-api): POST /api/v1/clinical-ai/assertion and /extract as a
//    signed-in clinician, next to a bare Node server and the foundation's signed-in GET /api/v1/me, and
//    POST /api/v1/visits/{id}/note/draft (scripts/bench-drafting.mjs). Every probe must answer 200 with the
//    route's own JSON, and non-2xx answers under load count as errors (their statuses are printed).
// Flags: --duration N (seconds per measurement, default 5), --no-build (reuse .next-bench), --no-api.
// `npm run bench` runs part 1 and measures the routes in its own app run (see bench.mjs). This script alone is
// the bounded way to get just these figures: `node scripts/bench-clinical-ai.mjs --duration 5 [--no-build]`.
import autocannon from 'autocannon';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureDraftRoute, rowOf, runDraftingInProcessBench } from './bench-drafting.mjs';
import { callsPerSecond } from './bench-rate.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

const INTAKE_TEXT =
  "I've had a bad cough for 5 days and a fever of 38.6 since Monday. No chest pain. My chest feels tight when I climb stairs and I get short of breath. " +
  'I take lisinopril 10 mg daily and ventolin as needed. My mother had asthma. Pain is 4/10. No vomiting or diarrhea. BP 138/86, HR 98, SpO2 95%.';
const ASSERTION_BODY = JSON.stringify({ sentence: 'Patient denies fever, chills or night sweats but reports a productive cough.', target: 'night sweats' });
const EXTRACT_BODY = JSON.stringify({ text: INTAKE_TEXT });

/** The child: measures in this single thread (one core) and prints a table. */
async function inProcess(durationS) {
  const { detectAssertion } = await import(pathToFileURL(path.join(root, 'src/server/clinical-ai/detect-assertion.ts')).href);
  const { loadDevSet } = await import(pathToFileURL(path.join(root, 'src/server/clinical-ai/dev-set-scorer.ts')).href);
  const { analyzeClinicalText } = await import(pathToFileURL(path.join(root, 'src/server/clinical-ai/extract-findings.ts')).href);
  const pairs = loadDevSet().map((m) => [m.sentence, m.target]);
  const NEGATION = /\b(no|denies|without|not)\b/;
  const lookBack = ([sentence, target]) => {
    const lower = sentence.toLowerCase();
    const at = lower.indexOf(target.toLowerCase());
    return at >= 0 && NEGATION.test(lower.slice(Math.max(0, at - 60), at));
  };
  const baseline = callsPerSecond(lookBack, pairs, durationS);
  const engine = callsPerSecond(([s, t]) => detectAssertion(s, t), pairs, durationS);
  const extract = callsPerSecond((t) => analyzeClinicalText(t), [INTAKE_TEXT], durationS);
  const sentencesPerText = INTAKE_TEXT.split(/[.!?]\s/).length;
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(`\nClinical language engine, in-process, one core (${pairs.length} development-set sentences, ${durationS} s each):\n`);
  process.stdout.write(`  60-character look-back baseline (regex):   ${fmt(baseline)} sentences/s\n`);
  process.stdout.write(`  assertion detection (NegEx/ConText engine): ${fmt(engine)} sentences/s  (${(engine / baseline * 100).toFixed(1)}% of the baseline; target 20,000)\n`);
  process.stdout.write(`  extraction + red flags, typical intake (${INTAKE_TEXT.length} chars, ${sentencesPerText} sentences): ${fmt(extract)} texts/s (${fmt(extract * sentencesPerText)} sentences/s)\n`);
}

/** Runs the in-process measurement in a child with the TypeScript loader; resolves when it ends. */
export async function runInProcessBench(durationS) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', here, '--in-process', '--duration', String(durationS)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) process.stdout.write(`In-process clinical engine bench exited with ${code}.\n`);
}

/** What each engine route answers when it really ran (not a login page, a 404 page or an error body). */
const ANSWERS = {
  assertion: (body) => typeof body?.negation === 'string' && typeof body?.experiencer === 'string',
  extract: (body) => Array.isArray(body?.findings) && Array.isArray(body?.redFlags),
};

/**
 * Loads one engine route as a signed-in clinician; the row fits bench-load's printTable. The probe must answer 200
 * with the route's own JSON (the assertion or the extraction), and under load every non-2xx answer counts as an
 * error and the statuses seen are listed, so a refused or redirected request cannot pass for a fast one.
 * @param {string} base
 * @param {string} cookie
 * @param {'assertion' | 'extract'} which
 * @param {{ durationS: number, warmupS: number, label?: string }} timing
 */
export async function measureEngineRoute(base, cookie, which, { durationS, warmupS, label }) {
  const url = `${base}/api/v1/clinical-ai/${which}`;
  const options = { url, method: 'POST', headers: { cookie, origin: base, 'content-type': 'application/json' }, body: which === 'assertion' ? ASSERTION_BODY : EXTRACT_BODY, connections: 10 };
  const rowLabel = label ?? `POST /api/v1/clinical-ai/${which} (signed in)`;
  const probe = await fetch(url, { method: 'POST', headers: options.headers, body: options.body, redirect: 'manual' }).catch(() => undefined);
  if (!probe) return { label: rowLabel, missing: 'unreachable' };
  if (probe.status !== 200) return { label: rowLabel, missing: `answered ${probe.status}` };
  const body = await probe.json().catch(() => undefined);
  if (!ANSWERS[which](body)) return { label: rowLabel, missing: 'answered 200 without the route\'s JSON' };
  process.stdout.write(`  ${rowLabel}: probe 200 with ${which === 'assertion' ? `negation "${body.negation}"` : `${body.findings.length} findings, ${body.redFlags.length} red flags`}; warm-up ${warmupS} s, then ${durationS} s...\n`);
  await autocannon({ ...options, duration: warmupS });
  const r = await autocannon({ ...options, duration: durationS });
  return rowOf(rowLabel, r);
}

/** One line per measured row with the HTTP statuses autocannon saw (every request, warm-up excluded). */
export function printStatuses(rows) {
  const lines = rows.filter((row) => row.statuses !== undefined).map((row) => `  ${row.label}: ${row.statuses || 'no answers'}`);
  if (lines.length) process.stdout.write(`\nHTTP statuses under load:\n${lines.join('\n')}\n`);
}

async function standalone(flags) {
  const durationS = Number(flags.duration);
  process.stdout.write(`ClinixAI clinical engine bench, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')}.\n`);
  await runInProcessBench(durationS);
  await runDraftingInProcessBench(Math.min(durationS, 3));
  if (flags['no-api']) return;
  const { build } = await import('./bench-build.mjs');
  const { freePort, startApp, startBaseline, stop, stopAll } = await import('./bench-processes.mjs');
  const { signIn } = await import('./bench-session.mjs');
  const { measure, printTable } = await import('./bench-load.mjs');
  const distDir = '.next-bench';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinixai-bench-nlp-'));
  try {
    if (!(flags['no-build'] && fs.existsSync(path.join(distDir, 'BUILD_ID')))) await build(distDir, 15 * 60_000);
    const port = await freePort();
    const password = crypto.randomBytes(18).toString('base64url');
    const env = { ...process.env, CLINIXAI_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), CLINIXAI_DATA_DIR: dataDir, CLINIXAI_DEMO_PASSWORD: password, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.CLINIXAI_SEED;
    const app = await startApp({ name: 'app (pglite)', env, port, timeoutMs: 120_000, redact: [password] });
    const base = `http://127.0.0.1:${port}`;
    const timing = { durationS, warmupS: Math.min(3, durationS) };
    const rows = [];
    const baseline = await startBaseline(app.healthBody);
    rows.push(await measure({ label: 'bare node http', url: `http://127.0.0.1:${baseline.port}/` }, timing));
    await stop(baseline.server);
    const cookie = await signIn(base, 'dr.lee@riverside.example', password);
    if (!cookie) throw new Error('could not sign in as the demo clinician');
    const me = await measure({ label: 'GET /api/v1/me (signed in, foundation reference)', url: `${base}/api/v1/me`, headers: { cookie } }, timing);
    rows.push({ ...me, errors: (me.errors ?? 0) + (me.non2xx ?? 0) });
    rows.push(await measureEngineRoute(base, cookie, 'assertion', timing));
    rows.push(await measureEngineRoute(base, cookie, 'extract', timing));
    const notes = [];
    const patient = await signIn(base, 'patient@riverside.example', password);
    rows.push(await measureDraftRoute(base, { clinician: cookie, patient }, distDir, timing, notes));
    await stop(app.server);
    printTable(rows, rows[0]?.rps);
    printStatuses(rows);
    process.stdout.write('\nOne request to /assertion is one sentence; to /extract one intake text; to /note/draft one note drafted and saved. errors counts non-2xx answers too. 10 connections, loopback, load generator on the same cores.\n');
    for (const note of notes) process.stdout.write(`${note}\n`);
    process.stdout.write(`Load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')}.\n`);
  } finally {
    await stopAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const { values: flags } = parseArgs({
    options: { duration: { type: 'string', default: '5' }, 'in-process': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, 'no-api': { type: 'boolean', default: false } },
  });
  const durationS = Number(flags.duration);
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600) {
    process.stderr.write('--duration must be a whole number of seconds from 1 to 600\n');
    process.exit(2);
  }
  const run = flags['in-process'] ? inProcess(durationS) : standalone(flags);
  run.then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
