// The dashboard pages' server render at scale (issue 8), the part of scripts/bench-dashboards.mjs that goes through
// HTTP: on the PostgreSQL database that script has just seeded, the production build (.next-bench) serves the app,
// the seeded patient and clinician plus a clinic admin and a platform admin sign in with a password made for this
// run, and each loads their dashboard page sequentially. Full HTML response times (request sent to last byte) are
// reported as p50/p95 next to GET /api/health and a signed-in GET /api/v1/me measured in the same rounds, as ratios
// (DESIGN.md §7). Every answer must be a 200 carrying the page's own h1; anything else counts as an error.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { inArray, sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { users } from '../src/db/schema/auth.ts';
import { memberships } from '../src/db/schema/clinics.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { build } from './bench-build.mjs';
import { delay, freePort, rssMb, startApp, stop } from './bench-processes.mjs';
import { signIn } from './bench-session.mjs';

const DIST_DIR = '.next-bench';
const BUILD_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 120_000;
/** Warm-up and measured rounds stop here even if not all were run; the report says so. */
const MEASURE_BOUND_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const WARMUP_ROUNDS = 3;
const SETTLE_BOUND_MS = 90_000;
/** The longest the page part can take (build included); scripts/bench-dashboards.mjs adds it to its own bound. */
export const PAGES_TIME_BOUND_MS = BUILD_TIMEOUT_MS + START_TIMEOUT_MS + SETTLE_BOUND_MS + MEASURE_BOUND_MS + REQUEST_TIMEOUT_MS + 2 * 60_000;

/** Each dashboard with the h1 its page renders, so a sign-in page or a 404 served with 200 is not timed as the dashboard. */
const PAGES = [
  { role: 'patient', path: '/patient', h1: 'Your health overview' },
  { role: 'clinician', path: '/clinician', h1: 'Today' },
  { role: 'clinic_admin', path: '/admin', h1: 'Clinic overview' },
  { role: 'platform_admin', path: '/platform', h1: 'Platform overview' },
];

/**
 * @param {{ url: string, clinicId: string, clinicianId: string, patientUserId: string }} seeded the database and who is in it
 * @param {{ rounds: number, reuseBuild: boolean, cleanups: Array<() => Promise<unknown>>, signal: AbortSignal }} options
 *   cleanups: undone on every exit path; signal: aborted when the bench is stopping (Ctrl-C, its time bound)
 */
export async function benchDashboardPages(seeded, { rounds, reuseBuild, cleanups, signal }) {
  process.stdout.write(`\nDashboard pages on PostgreSQL (production build, ${rounds} rounds after ${WARMUP_ROUNDS} warm-up rounds); load average ${loadAverage()}.\n`);
  if (reuseBuild && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) process.stdout.write(`Reusing ${DIST_DIR} (--no-build).\n`);
  else await build(DIST_DIR, BUILD_TIMEOUT_MS);

  const password = crypto.randomBytes(18).toString('base64url');
  const emails = await prepareAccounts(seeded, password);
  const authSecret = crypto.randomBytes(32).toString('base64url');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinixai-bench-pages-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env = { ...process.env, CLINIXAI_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), CLINIXAI_DATA_DIR: dataDir, DATABASE_URL: seeded.url, AUTH_SECRET: authSecret, CLINIXAI_SEED: 'none', LOG_LEVEL: 'warn',
    // The seed's due notification jobs would otherwise be delivered (to the outbox) while the pages are timed.
    CLINIXAI_NOTIFICATION_DELIVERY: 'paused' };
  // Only loopback: nothing inherited may point the app at a mail server, a model, Stripe or Google.
  for (const name of ['AUTH_URL', 'AUTH_TRUST_HOST', 'SMTP_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE', 'CLINIXAI_AI_BASE_URL', 'CLINIXAI_AI_MODEL', 'CLINIXAI_AI_API_KEY', 'AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET', 'AUTH_GOOGLE_ISSUER']) delete env[name];
  process.stdout.write(`Starting the app on the seeded database (port ${port})...\n`);
  const app = await startApp({ name: 'app (postgres, dashboards)', env, port, timeoutMs: START_TIMEOUT_MS, redact: [password, authSecret] });
  try {
    const base = `http://127.0.0.1:${port}`;
    /** @type {Record<string, string | undefined>} */
    const cookies = {};
    for (const page of PAGES) cookies[page.role] = await signIn(base, emails[page.role], password).catch(() => undefined);
    const targets = [
      { label: 'baseline: GET /api/health', url: `${base}/api/health`, check: (/** @type {string} */ body) => body.includes('"status":"ok"') },
      ...(cookies.clinician ? [{ label: 'baseline: GET /api/v1/me (signed in)', url: `${base}/api/v1/me`, cookie: cookies.clinician, check: (/** @type {string} */ body) => body.includes('"memberships"') }] : []),
      ...PAGES.filter((page) => cookies[page.role]).map((page) => ({ label: `${page.role}: GET ${page.path}`, url: `${base}${page.path}`, cookie: cookies[page.role], check: h1Check(page.h1) })),
    ];
    for (const page of PAGES) if (!cookies[page.role]) process.stdout.write(`  ${page.role}: sign-in failed; ${page.path} not measured.\n`);
    await settle(seeded.url, signal);
    const results = await measure(targets, rounds, signal);
    if (signal.aborted) return;
    printPages(results);
    process.stdout.write(`Server RSS after the rounds: ${Math.round(rssMb(app.server.pid)?.self ?? 0)} MB; load average ${loadAverage()}.\n`);
  } finally {
    await stop(app.server);
  }
}

/**
 * The seed's patient and clinician get this run's password; a clinic admin and a platform admin (not in the seed)
 * are added with it. Hashed with the app's own Argon2id settings, so sign-in verifies it like any account's.
 * @param {{ url: string, clinicId: string, clinicianId: string, patientUserId: string }} seeded
 * @param {string} password
 * @returns {Promise<Record<string, string>>} email per role
 */
async function prepareAccounts(seeded, password) {
  const handle = await openDatabase({ engine: 'postgres', url: seeded.url, maxConnections: 1 });
  try {
    const passwordHash = await hashPassword(password);
    const verified = new Date();
    const added = await handle.db.insert(users).values([
      { email: 'bench-admin@example.org', name: 'Bench admin', emailVerified: verified, passwordHash },
      { email: 'bench-platform@example.org', name: 'Bench operator', emailVerified: verified, passwordHash },
    ]).returning({ id: users.id, email: users.email });
    const admin = added.find((u) => u.email === 'bench-admin@example.org');
    const operator = added.find((u) => u.email === 'bench-platform@example.org');
    if (!admin || !operator) throw new Error('could not add the bench admins');
    await handle.db.insert(memberships).values([
      { userId: admin.id, clinicId: seeded.clinicId, role: 'clinic_admin' },
      { userId: operator.id, clinicId: null, role: 'platform_admin' },
    ]);
    const seededUsers = await handle.db.update(users).set({ passwordHash, emailVerified: verified })
      .where(inArray(users.id, [seeded.patientUserId, seeded.clinicianId])).returning({ id: users.id, email: users.email });
    const emailOf = (/** @type {string} */ id) => seededUsers.find((u) => u.id === id)?.email ?? '';
    return { patient: emailOf(seeded.patientUserId), clinician: emailOf(seeded.clinicianId), clinic_admin: admin.email, platform_admin: operator.email };
  } finally {
    await handle.close();
  }
}

/**
 * Start-up work of the app (the first reminder sweep enqueues the next 24 hours' reminders one by one, queued data
 * exports are built) would fall on the first rounds: wait until the export queue is empty and the notification
 * jobs stop growing between two looks a second apart, at most SETTLE_BOUND_MS. Later sweeps run during the rounds,
 * as they do in production.
 * @param {string} url
 * @param {AbortSignal} signal
 */
async function settle(url, signal) {
  const handle = await openDatabase({ engine: 'postgres', url, maxConnections: 1 });
  const started = performance.now();
  try {
    let lastJobs = -1;
    while (!signal.aborted && performance.now() - started < SETTLE_BOUND_MS) {
      const [row] = (await handle.db.execute(sql`select (select count(*) from data_export_jobs where status in ('queued', 'running'))::int as exports, (select count(*) from notification_jobs)::int as jobs`)).rows;
      if (row.exports === 0 && row.jobs === lastJobs) break;
      lastJobs = row.jobs;
      await delay(1000);
    }
    const waited = (performance.now() - started) / 1000;
    process.stdout.write(waited * 1000 >= SETTLE_BOUND_MS ? `  start-up work still running after ${waited.toFixed(0)} s; measuring anyway.\n` : `  start-up work done after ${waited.toFixed(1)} s.\n`);
  } finally {
    await handle.close();
  }
}

/** @param {string} title */
function h1Check(title) {
  const pattern = new RegExp(`<h1[^>]*>${title}</h1>`);
  return (/** @type {string} */ body) => pattern.test(body);
}

/**
 * @typedef {{ label: string, url: string, cookie?: string, check: (body: string) => boolean }} Target
 * @typedef {{ label: string, samples: number[], bytes: number[], errors: Map<string, number> }} Result
 */

/**
 * Warm-up rounds (Next.js loads each route's code on first use), then measured rounds. Within a round the targets
 * go one after another, so other work on the machine falls on every target alike.
 * @param {Target[]} targets
 * @param {number} rounds
 * @param {AbortSignal} signal
 * @returns {Promise<Result[]>}
 */
async function measure(targets, rounds, signal) {
  const results = targets.map((t) => ({ label: t.label, samples: /** @type {number[]} */ ([]), bytes: /** @type {number[]} */ ([]), errors: new Map() }));
  const deadline = performance.now() + MEASURE_BOUND_MS;
  for (let round = -WARMUP_ROUNDS; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      if (signal.aborted) return results;
      if (performance.now() > deadline) {
        process.stdout.write(`  stopped in round ${round + 1} of ${rounds} (negative: warm-up): the ${MEASURE_BOUND_MS / 60_000}-minute bound was reached.\n`);
        return results;
      }
      const answer = await timedGet(target.url, target.cookie, signal);
      const ok = answer.status === 200 && target.check(answer.body);
      if (round < 0 && ok) continue;
      const result = results[i];
      if (ok) {
        result.samples.push(answer.ms);
        result.bytes.push(Buffer.byteLength(answer.body));
      } else {
        // The status only: a page's body names patients and never goes to the output.
        const key = answer.status === 200 ? '200 without the page' : String(answer.status || answer.error);
        result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
      }
    }
  }
  return results;
}

/**
 * @param {string} url
 * @param {string | undefined} cookie
 * @param {AbortSignal} stopping
 */
async function timedGet(url, cookie, stopping) {
  const t0 = performance.now();
  try {
    // Manual redirects: a session that is not accepted redirects to sign-in, which must count as an error.
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual', signal: AbortSignal.any([stopping, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) });
    const body = await response.text();
    return { ms: performance.now() - t0, status: response.status, body };
  } catch (error) {
    return { ms: performance.now() - t0, status: 0, body: '', error: /** @type {Error} */ (error).name };
  }
}

/**
 * @param {number[]} sorted
 * @param {number} p
 */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @param {Result[]} results */
function printPages(results) {
  const stats = results.map((r) => {
    const sorted = [...r.samples].sort((a, b) => a - b);
    const bytes = [...r.bytes].sort((a, b) => a - b);
    return { ...r, p50: percentile(sorted, 50), p95: percentile(sorted, 95), kb: (percentile(bytes, 50) ?? 0) / 1024 };
  });
  const health = stats.find((s) => s.label.includes('/api/health'));
  const me = stats.find((s) => s.label.includes('/api/v1/me'));
  const fmt = (/** @type {number | undefined} */ ms) => (ms === undefined ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) => (a === undefined || !b ? 'n/a' : `${(a / b).toFixed(1)}x`);
  process.stdout.write('\n| target | n | errors (warm-up incl.) | p50 ms | p95 ms | p50 vs /api/health | p95 vs /api/health | p95 vs /api/v1/me | HTML KB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const s of stats) {
    const errors = [...s.errors.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`| ${s.label} | ${s.samples.length} | ${errors} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${ratio(s.p50, health?.p50)} | ${ratio(s.p95, health?.p95)} | ${ratio(s.p95, me?.p95)} | ${s.kb.toFixed(1)} |\n`);
  }
  for (const s of stats) if (s.errors.size > 0) process.stdout.write(`  ${s.label}: errors ${[...s.errors].map(([status, n]) => `${status} x${n}`).join(', ')}\n`);
}

function loadAverage() {
  return os.loadavg().map((n) => n.toFixed(2)).join(' / ');
}
