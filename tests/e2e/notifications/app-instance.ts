import { spawn, type ChildProcess } from 'node:child_process';

/**
 * One more app process on the suite's build (scripts/serve.mjs, as `npm start` runs it), on a port and
 * data directory the spec chooses and keeps across restarts, mailing through the suite's SMTP peer, so a
 * spec can stop it the hard way (SIGKILL by PID, as a crash would) and start it again on the same data.
 */
export interface AppInstance {
  pid: number;
  origin: string;
  /** Stops it with `signal` and resolves once the process is gone. */
  stop: (signal: 'SIGKILL' | 'SIGTERM') => Promise<void>;
}

export async function startAppInstance(options: { port: number; dataDir: string; env?: Record<string, string> }): Promise<AppInstance> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      CLINIXAI_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      CLINIXAI_DATA_DIR: options.dataDir,
      CLINIXAI_SEED: 'demo',
      CLINIXAI_DEMO_PASSWORD: process.env.CLINIXAI_E2E_DEMO_PASSWORD ?? '',
      DATABASE_URL: '',
      AUTH_URL: '',
      AUTH_TRUST_HOST: '',
      SMTP_URL: `smtp://127.0.0.1:${process.env.CLINIXAI_E2E_SMTP_PORT}`,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  if (!child.pid) throw new Error('the app instance did not start');
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  const stop = async (signal: 'SIGKILL' | 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
    await exited;
  };
  const origin = `http://localhost:${options.port}`;
  // A hang guard only: start-up seeds the demo clinics on a fresh data directory.
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`http://127.0.0.1:${options.port}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { pid, origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop('SIGKILL');
  throw new Error(`the app instance did not start: ${stderr}`);
}
