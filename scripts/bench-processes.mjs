// Process handling for `npm run bench`: build, start the app and the baseline, measure cold
// start, read memory, and stop exactly the processes this run started (by PID, never by name).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = process.cwd();

/** @typedef {{ pid: number, name: string, exited: Promise<number | null>, output: () => string }} Started */

/** @type {Set<Started>} every child still running; stopAll() ends them on any exit path */
const running = new Set();

/**
 * Spawns a child in its own process group, so a stop also reaches anything it forked
 * (Next's build workers) without touching processes this run did not start.
 * @param {string} name
 * @param {string[]} args node arguments
 * @param {NodeJS.ProcessEnv} env
 * @param {{ inherit?: boolean, redact?: string[] }} [options]
 * @returns {Started}
 */
export function startChild(name, args, env, options = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    detached: true,
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  // Keep only the tail of the output: it is shown when something fails, never otherwise.
  /** @type {string[]} */
  const tail = [];
  const keep = (/** @type {Buffer} */ chunk) => {
    let text = chunk.toString();
    for (const secret of options.redact ?? []) text = text.split(secret).join('<redacted>');
    tail.push(text);
    if (tail.length > 60) tail.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  /** @type {Started} */
  const started = {
    pid: child.pid,
    name,
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    output: () => tail.join(''),
  };
  running.add(started);
  void started.exited.then(() => running.delete(started));
  return started;
}

/**
 * SIGTERM first (serve.mjs finishes in-flight requests and releases the PGlite lock),
 * then SIGKILL to the child's process group after a grace period.
 * @param {Started} started
 */
export async function stop(started) {
  if (!running.has(started)) return;
  signalGroup(started.pid, 'SIGTERM');
  const exited = await Promise.race([started.exited.then(() => true), delay(5000).then(() => false)]);
  signalGroup(started.pid, 'SIGKILL'); // also reaps any worker the leader left behind
  if (!exited) await Promise.race([started.exited, delay(2000)]);
  running.delete(started);
}

/** Stops every child this run started; used on success, failure and Ctrl-C alike. */
export async function stopAll() {
  await Promise.all([...running].map(stop));
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // negative PID: the group led by our own child
  } catch {
    // Already gone.
  }
}

/** @param {number} ms */
export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free loopback port for serve.mjs, which needs a fixed PORT (it rejects 0). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts serve.mjs and measures cold start: spawn to the first 200 from /api/health.
 * @param {{ name: string, env: NodeJS.ProcessEnv, port: number, timeoutMs: number, redact: string[] }} options
 * @returns {Promise<{ server: Started, coldStartMs: number, healthBody: string }>}
 */
export async function startApp({ name, env, port, timeoutMs, redact }) {
  const t0 = performance.now();
  const server = startChild(name, [path.join(root, 'scripts', 'serve.mjs')], env, { redact });
  let exitCode = /** @type {number | null | undefined} */ (undefined);
  void server.exited.then((code) => (exitCode = code));
  const deadline = t0 + timeoutMs;
  while (performance.now() < deadline && exitCode === undefined) {
    // One request at a time: the first one to arrive waits for start-up (migrations, seed).
    const answer = await get(`http://127.0.0.1:${port}/api/health`, deadline - performance.now());
    if (answer?.status === 200) return { server, coldStartMs: performance.now() - t0, healthBody: answer.body };
    await delay(50);
  }
  const why = exitCode === undefined ? `no 200 from /api/health within ${timeoutMs / 1000} s` : `exited with ${exitCode}`;
  await stop(server);
  throw new Error(`${name} did not start: ${why}\n--- last output ---\n${server.output()}`);
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, body: string } | undefined>} undefined when unreachable
 */
export async function get(url, timeoutMs = 10_000, headers = {}) {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/**
 * Starts the bare Node baseline and waits for its port.
 * @param {string} body JSON to answer with
 * @returns {Promise<{ server: Started, port: number }>}
 */
export async function startBaseline(body) {
  const server = startChild('baseline', [path.join(root, 'scripts', 'bench-baseline.mjs'), body], process.env);
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const match = /\{"port":(\d+)\}/.exec(server.output());
    if (match) return { server, port: Number(match[1]) };
    await delay(20);
  }
  await stop(server);
  throw new Error(`baseline did not start\n${server.output()}`);
}

/**
 * Resident memory of a process and all its descendants, in MB (Linux /proc).
 * @param {number} pid
 * @returns {{ self: number, tree: number } | undefined}
 */
export function rssMb(pid) {
  const own = vmRssKb(pid);
  return own === undefined ? undefined : { self: own / 1024, tree: treeRssKb(pid) / 1024 };
}

/**
 * Next.js may fork helpers; their memory counts against the app too.
 * @param {number} pid
 * @returns {number}
 */
function treeRssKb(pid) {
  return childrenOf(pid).reduce((sum, child) => sum + treeRssKb(child), vmRssKb(pid) ?? 0);
}

/** @param {number} pid */
function vmRssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** @param {number} pid */
function childrenOf(pid) {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
