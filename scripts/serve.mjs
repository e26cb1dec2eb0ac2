// The ClinixAI server process: Next.js behind a thin Node HTTP server, so that every
// request gets one structured log line with its route template (never the raw URL,
// which can carry ids or tokens), status and duration.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import next from 'next';
import pino from 'pino';
import { routeTemplateMatcher } from './route-template.mjs';

const dev = process.argv.includes('--dev');
if (!dev) process.env.NODE_ENV = 'production';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write('\nClinixAI cannot start. PORT must be a whole number from 1 to 65535.\n\n');
  process.exit(1);
}
const hostname = process.env.HOST ?? '0.0.0.0';
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'clinixai' } });

const app = next({ dev, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
const templateOf = routeTemplateMatcher(process.cwd(), dev);

// Forwarded headers are believed only behind a proxy the operator vouches for; otherwise a
// client could claim to be https or another host, or pick the IP that sign-in throttling counts.
const trustProxy = ['true', '1'].includes(process.env.AUTH_TRUST_HOST ?? '');

function stampClientIp(req) {
  const forwardedFor = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  if (!trustProxy) {
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']) delete req.headers[name];
  }
  req.headers['x-clinixai-client-ip'] = forwardedFor || req.socket.remoteAddress || 'unknown';
}

// One id per request, on the request (the app records it in audit events) and on the response, so a
// person reporting a problem and an operator reading the logs and the audit trail mean the same request.
// A trusted proxy's id is kept when it looks like one; a client's own is never believed.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function stampRequestId(req, res) {
  const forwarded = trustProxy ? String(req.headers['x-request-id'] ?? '') : '';
  const requestId = REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
  req.headers['x-request-id'] = requestId;
  res.setHeader('x-request-id', requestId);
  return requestId;
}

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  stampClientIp(req);
  const requestId = stampRequestId(req, res);
  res.on('finish', () => {
    const path = (req.url ?? '/').split('?')[0];
    // Static assets would drown the log; they carry no behaviour worth tracing.
    if (path.startsWith('/_next/static/')) return;
    log.info(
      {
        method: req.method,
        route: templateOf(path),
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        requestId,
      },
      'request',
    );
  });
  handle(req, res).catch((error) => {
    log.error({ err: { type: error?.name } }, 'unhandled request error');
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal Server Error');
  });
});

server.listen(port, hostname, async () => {
  // The first request runs start-up (instrumentation: config, migrations, seed);
  // make it now so start-up errors show at once and "ready" means ready.
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    const body = await response.json();
    if (response.status !== 200) throw new Error(body.reason ?? `health answered ${response.status}`);
    process.stdout.write(`ClinixAI is ready on http://localhost:${port} (database: ${body.db})\n`);
  } catch (error) {
    process.stderr.write(`\nClinixAI did not become healthy: ${error.message}\n`);
    process.exit(1);
  }
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close();
    // Let in-flight requests finish, then exit; the PGlite lock is released on exit.
    setTimeout(() => process.exit(0), 1500).unref();
    server.on('close', () => process.exit(0));
  });
}
