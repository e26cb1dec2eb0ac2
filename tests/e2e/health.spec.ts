import fs from 'node:fs';
import { expect, test } from './support/fixtures';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };

test('GET /api/health answers ok on the embedded database, with the version', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'pglite', version });
});
