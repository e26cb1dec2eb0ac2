// Starts the platform for end-to-end tests together with the local peers that stand in for
// what cannot run here: an OpenID Connect provider in Google's place and an SMTP server.
// Reads PORT, E2E_OIDC_PORT, E2E_SMTP_PORT and E2E_INBOX_PORT; every other variable is passed
// through to scripts/serve.mjs. The browser must use http://localhost:PORT (the redirect URI's host).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startOidcServer } from './oidc-server.mjs';
import { startSmtpServer } from './smtp-server.mjs';

const required = (name) => {
  const value = Number(process.env[name]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a port number`);
  return value;
};

const appPort = required('PORT');
const clientId = 'clinixai-e2e';
const clientSecret = randomBytes(24).toString('base64url');
const oidc = await startOidcServer({
  port: required('E2E_OIDC_PORT'),
  clientId,
  clientSecret,
  redirectUris: [`http://localhost:${appPort}/api/auth/callback/google`],
});
const smtp = await startSmtpServer({ smtpPort: required('E2E_SMTP_PORT'), httpPort: required('E2E_INBOX_PORT') });

const app = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'serve.mjs')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    AUTH_GOOGLE_ID: clientId,
    AUTH_GOOGLE_SECRET: clientSecret,
    AUTH_GOOGLE_ISSUER: oidc.issuer,
    SMTP_URL: smtp.smtpUrl,
  },
});

async function stop(code) {
  app.kill('SIGTERM');
  await Promise.allSettled([oidc.close(), smtp.close()]);
  process.exit(code);
}
app.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
