// The bench's baseline: a bare Node `http` server answering every request with the JSON body
// the app's /api/health returned, with the same headers. It runs as its own process so it does
// not share an event loop with the load generator, just as the app does not.
// Usage: node scripts/bench-baseline.mjs '<json body>'  -> prints {"port":N} once listening.
import http from 'node:http';

const body = Buffer.from(process.argv[2] ?? '{"status":"ok"}');

const server = http.createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(body);
});

// Port 0: the kernel picks a free loopback port, so there is no race with other runs.
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
