import { randomBytes } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { readServerLog, requestLines } from './support/server-log';

test('request log lines name the route template, never the query string or ids from the URL', async ({ request }) => {
  const token = `tok${randomBytes(8).toString('hex')}`;
  const before = readServerLog().length;

  expect((await request.get(`/api/health?token=${token}&email=someone%40example.org`)).status()).toBe(200);
  expect((await request.get(`/no-such-page/${token}`)).status()).toBe(404);
  expect((await request.get(`/privacy?ref=${token}`)).status()).toBe(200);

  // The server writes its log line when the response finishes, which can be just after we read it.
  await expect.poll(() => requestLines(readServerLog().slice(before)).length).toBeGreaterThanOrEqual(3);
  const lines = requestLines(readServerLog().slice(before));
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ method: 'GET', route: '/api/health', status: 200 }),
      expect.objectContaining({ method: 'GET', route: '/privacy', status: 200 }),
      expect.objectContaining({ method: 'GET', status: 404 }),
    ]),
  );
  const log = readServerLog();
  expect(log).not.toContain(token);
  expect(log).not.toContain('someone');
});
