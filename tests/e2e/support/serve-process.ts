import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts another scripts/serve.mjs on the suite's build, as an operator would start a second
 * instance, and collects what it prints until it exits (start-up failures exit at once).
 */
export interface ServeResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Synchronous, because playwright.config.ts must be: a throwaway process binds port 0 and reports it. */
export function freeLoopbackPort(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export function temporaryDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clinixai-e2e-extra-'));
}

export async function runServeUntilExit(env: Record<string, string>): Promise<ServeResult> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CLINIXAI_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(freeLoopbackPort()),
      CLINIXAI_SEED: 'none',
      DATABASE_URL: '',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  try {
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    return { code, stdout, stderr };
  } finally {
    // Only if a test gave up waiting: a server that started after all must not outlive the suite.
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Starts another instance on the suite's build with its own data directory and seeded demo
 * clinics, for tests that need a different configuration (HTTPS modes, proxies). Resolves once
 * /api/health answers; the caller must stop it.
 */
export async function startExtraServer(env: Record<string, string>): Promise<RunningServer> {
  const port = Number(env.PORT ?? freeLoopbackPort());
  const dataDir = temporaryDataDir();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      CLINIXAI_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      CLINIXAI_DATA_DIR: dataDir,
      CLINIXAI_SEED: 'demo',
      CLINIXAI_DEMO_PASSWORD: process.env.CLINIXAI_E2E_DEMO_PASSWORD ?? '',
      DATABASE_URL: '',
      AUTH_URL: '',
      AUTH_TRUST_HOST: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  // A hang guard only: start-up includes seeding on a fresh database.
  for (let waited = 0; waited < 90_000; waited += 500) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the extra server did not start: ${stderr.slice(-2000)}`);
}
