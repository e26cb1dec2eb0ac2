import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freeLoopbackPort } from './tests/e2e/support/serve-process';

/**
 * End-to-end suite: Chromium against a production build served by scripts/serve.mjs, the way
 * `npm start` runs it, on a fresh embedded database seeded with the demo clinics.
 *
 * This file is evaluated by the runner and again in every worker. Values chosen here (port,
 * data directory, demo password) go into process.env the first time, so the workers, which
 * inherit the runner's environment, see the same ones.
 */
process.env.CLINIXAI_E2E_PORT ??= String(freeLoopbackPort());
process.env.CLINIXAI_E2E_DATA_DIR ??= path.join(os.tmpdir(), `clinixai-e2e-${randomBytes(6).toString('hex')}`);
// Generated per run: no password for the demo accounts is ever written into the repository.
process.env.CLINIXAI_E2E_DEMO_PASSWORD ??= randomBytes(18).toString('base64url');
// Local peers started beside the server (tests/peers): Google's place (OIDC) and an SMTP server with an inbox.
process.env.CLINIXAI_E2E_OIDC_PORT ??= String(freeLoopbackPort());
process.env.CLINIXAI_E2E_SMTP_PORT ??= String(freeLoopbackPort());
process.env.CLINIXAI_E2E_INBOX_PORT ??= String(freeLoopbackPort());
// Stripe's API and hosted pages (tests/peers/stripe-server.mjs); the billing specs allow its host.
process.env.CLINIXAI_E2E_STRIPE_PORT ??= String(freeLoopbackPort());
process.env.CLINIXAI_E2E_SERVER_LOG ??= path.join(process.cwd(), '.test-tmp', `e2e-server-${process.env.CLINIXAI_E2E_PORT}.log`);

// localhost, not 127.0.0.1: without AUTH_URL the platform builds absolute URLs (sign-in redirects)
// for http://localhost:PORT, as `npm start` announces it, and the browser must stay on that host
// for its cookies to follow (DESIGN.md §3). The server still listens on loopback only.
const baseURL = `http://localhost:${process.env.CLINIXAI_E2E_PORT}`;
const distDir = '.next-e2e';

// Debian's Chromium where present (Playwright's download needs the internet), Playwright's own otherwise.
// Debian's old headless shell (package chromium-headless-shell) first: the suite runs headless, and the
// shell starts contexts and renders pages about a third faster than the full browser on two cores.
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'].find(
  (candidate) => candidate && fs.existsSync(candidate),
);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two cores, shared with the server under test (and, on developer machines, other builds).
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Hang guards, not performance limits: generous, because two workers, the server and its build share
  // two cores, and a page that renders in one second alone can take several under that load.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node tests/e2e/support/web-server.mjs',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // The first run builds the app; on a busy two-core machine that takes minutes.
    timeout: 600_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      CLINIXAI_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: process.env.CLINIXAI_E2E_PORT,
      CLINIXAI_DATA_DIR: process.env.CLINIXAI_E2E_DATA_DIR,
      CLINIXAI_DEMO_PASSWORD: process.env.CLINIXAI_E2E_DEMO_PASSWORD,
      CLINIXAI_E2E_SERVER_LOG: process.env.CLINIXAI_E2E_SERVER_LOG,
      CLINIXAI_E2E_OIDC_PORT: process.env.CLINIXAI_E2E_OIDC_PORT,
      CLINIXAI_E2E_SMTP_PORT: process.env.CLINIXAI_E2E_SMTP_PORT,
      CLINIXAI_E2E_INBOX_PORT: process.env.CLINIXAI_E2E_INBOX_PORT,
      // The suite checks the embedded engine and the demo clinics, whatever the shell says.
      DATABASE_URL: '',
      AUTH_URL: '',
      CLINIXAI_SEED: 'demo',
      LOG_LEVEL: 'info',
    },
  },
});
