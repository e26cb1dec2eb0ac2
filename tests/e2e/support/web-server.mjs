// The end-to-end suite's server: builds the app into its own directory (CLINIXAI_DIST_DIR,
// .next-e2e by default) when its sources changed, then runs scripts/serve.mjs exactly as
// `npm start` does, on the port, data directory and demo password playwright.config.ts chose.
// The server's stdout (its request log) is copied to CLINIXAI_E2E_SERVER_LOG for the specs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startOidcServer } from '../../peers/oidc-server.mjs';
import { startSmtpServer } from '../../peers/smtp-server.mjs';
import { startStripeServer } from '../../peers/stripe-server.mjs';

const root = process.cwd();
const distDir = process.env.CLINIXAI_DIST_DIR ?? '.next-e2e';
const dataDir = process.env.CLINIXAI_DATA_DIR;
const serverLog = process.env.CLINIXAI_E2E_SERVER_LOG;
if (!dataDir || !serverLog) {
  process.stderr.write('web-server.mjs is started by playwright.config.ts, which sets CLINIXAI_DATA_DIR and CLINIXAI_E2E_SERVER_LOG.\n');
  process.exit(2);
}
const tmpDir = path.join(root, '.test-tmp');
// Named after the build directory, without its leading dot, so the files are not hidden.
const stem = distDir.replace(/^\.+/, '').replace(/[^\w.-]/g, '_');
const lockFile = path.join(tmpDir, `${stem}.lock`);
const hashFile = path.join(root, distDir, 'clinixai-inputs.sha256');
// The same inputs scripts/start.mjs watches; the Node version and NEXT_PUBLIC_* are hashed too.
const inputs = ['src', 'public', 'next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

let child;
let ownsLock = false;

function log(message) {
  process.stderr.write(`[e2e server] ${message}\n`);
}

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A content hash, not mtimes: a checkout or a copy must not reuse a build of other sources. */
function inputsHash() {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  // NEXT_PUBLIC_* values are inlined into the client bundle at build time.
  for (const name of Object.keys(process.env).filter((key) => key.startsWith('NEXT_PUBLIC_')).sort()) {
    hash.update(`${name}=${process.env[name]}\n`);
  }
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Two test runs in one checkout would rebuild the directory under each other's server:
 * the second waits. A lock whose process died is taken over.
 */
async function acquireLock() {
  fs.mkdirSync(tmpDir, { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      ownsLock = true;
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (!told) log(`waiting for another end-to-end run (PID ${holder}) that uses ${distDir}`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function releaseLock() {
  if (ownsLock && fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile);
  ownsLock = false;
}

/**
 * `next build` with another distDir adds that directory's type folders to tsconfig.json's
 * "include" and points next-env.d.ts at it. Neither belongs in the repository, so both are put
 * back. Other builds (benchmarks, a colleague's) may rewrite tsconfig.json at the same time, so
 * any "<.next-something>/types" entry counts as an artefact, and the file is put back to the
 * version from before the build or the committed one, whichever it matches without artefacts;
 * a change of anything else is left alone.
 */
function withoutTypeArtefacts(text, reference) {
  const parsed = JSON.parse(text);
  const kept = new Set(JSON.parse(reference).include ?? []);
  if (Array.isArray(parsed.include)) {
    parsed.include = parsed.include.filter((entry) => kept.has(entry) || !/^\.next[^/]*\/(dev\/)?types\//.test(entry));
  }
  return JSON.stringify(parsed);
}

function committedVersion(file) {
  const result = spawnSync('git', ['show', `HEAD:${file}`], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

function restoreGeneratedFiles(before) {
  const tsconfigPath = path.join(root, 'tsconfig.json');
  const after = fs.readFileSync(tsconfigPath, 'utf8');
  if (after !== before.tsconfig) {
    const candidates = [before.tsconfig, committedVersion('tsconfig.json')].filter((text) => text !== undefined);
    const match = candidates.find((candidate) => {
      try {
        return withoutTypeArtefacts(after, candidate) === JSON.stringify(JSON.parse(candidate));
      } catch {
        return false;
      }
    });
    if (match !== undefined) fs.writeFileSync(tsconfigPath, match);
    else log('tsconfig.json changed during the build in more than its include list; left as it is');
  }
  const nextEnvPath = path.join(root, 'next-env.d.ts');
  if (before.nextEnv !== undefined && fs.readFileSync(nextEnvPath, 'utf8') !== before.nextEnv) {
    fs.writeFileSync(nextEnvPath, before.nextEnv);
  }
}

async function buildIfNeeded() {
  const wanted = inputsHash();
  const built = fs.existsSync(path.join(root, distDir, 'BUILD_ID')) && fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8') : '';
  if (built === wanted) {
    log(`reusing the build in ${distDir} (sources unchanged)`);
    return;
  }
  log(`building into ${distDir}...`);
  const buildLog = path.join(tmpDir, `${stem}-build.log`);
  const before = {
    tsconfig: fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'),
    nextEnv: fs.existsSync(path.join(root, 'next-env.d.ts')) ? fs.readFileSync(path.join(root, 'next-env.d.ts'), 'utf8') : undefined,
  };
  // A half-written directory from an interrupted build must not be mistaken for a good one.
  fs.rmSync(hashFile, { force: true });
  const out = fs.openSync(buildLog, 'w');
  const build = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: { ...process.env, CLINIXAI_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  child = build;
  const code = await new Promise((resolve) => build.on('exit', (exitCode, signal) => resolve(exitCode ?? signal)));
  child = undefined;
  fs.closeSync(out);
  restoreGeneratedFiles(before);
  if (code !== 0) {
    const tail = fs.readFileSync(buildLog, 'utf8').split('\n').slice(-60).join('\n');
    log(`the build failed (${code}); the end of ${path.relative(root, buildLog)}:\n${tail}`);
    throw new Error('build failed');
  }
  fs.writeFileSync(hashFile, wanted);
}

function cleanUp() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  releaseLock();
}

/** Server logs of earlier runs are kept for a day to debug failures, then removed. */
function removeOldServerLogs() {
  const dir = path.dirname(serverLog);
  if (!fs.existsSync(dir)) return;
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (/^e2e-server-.*\.log$/.test(name) && fs.statSync(file).mtimeMs < dayAgo) fs.rmSync(file, { force: true });
  }
}

async function main() {
  removeOldServerLogs();
  await acquireLock();
  await buildIfNeeded();
  fs.mkdirSync(path.dirname(serverLog), { recursive: true });
  const logStream = fs.createWriteStream(serverLog, { flags: 'a' });
  const peers = await startPeers();
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...peers.env, CLINIXAI_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  child = server;
  server.stdout.pipe(logStream);
  const code = await new Promise((resolve) => server.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1))));
  child = undefined;
  await new Promise((resolve) => logStream.end(resolve));
  await peers.close();
  return code;
}

/**
 * What cannot run here is replaced by a local peer speaking the same protocol: an OpenID
 * Connect provider in Google's place, an SMTP server whose inbox the specs read, and Stripe's API.
 */
async function startPeers() {
  const port = (name) => Number(process.env[name]);
  const appPort = port('PORT');
  const clientId = 'clinixai-e2e';
  const clientSecret = randomBytes(24).toString('base64url');
  const oidc = await startOidcServer({
    port: port('CLINIXAI_E2E_OIDC_PORT'),
    clientId,
    clientSecret,
    redirectUris: [`http://localhost:${appPort}/api/auth/callback/google`],
  });
  const smtp = await startSmtpServer({ smtpPort: port('CLINIXAI_E2E_SMTP_PORT'), httpPort: port('CLINIXAI_E2E_INBOX_PORT') });
  const stripeWebhookSecret = `whsec_${randomBytes(24).toString('hex')}`;
  const stripe = await startStripeServer({ port: port('CLINIXAI_E2E_STRIPE_PORT'), webhookUrl: `http://127.0.0.1:${appPort}/api/webhooks/stripe`, webhookSecret: stripeWebhookSecret });
  return {
    env: {
      AUTH_GOOGLE_ID: clientId,
      AUTH_GOOGLE_SECRET: clientSecret,
      AUTH_GOOGLE_ISSUER: oidc.issuer,
      SMTP_URL: smtp.smtpUrl,
      STRIPE_SECRET_KEY: 'sk_test_e2e_local_peer',
      STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
      STRIPE_API_BASE: stripe.url,
    },
    close: async () => {
      await Promise.allSettled([oidc.close(), smtp.close(), stripe.close()]);
    },
  };
}

// Playwright stops the server with SIGTERM to the whole process group, so the child gets it too
// and shuts down on its own. Forward it only if the child is still running later, which means
// the signal was sent to this process alone; serve.mjs treats a second signal as "exit now".
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    setTimeout(() => child?.kill(signal), 3000).unref();
  });
}
process.on('exit', cleanUp);

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

