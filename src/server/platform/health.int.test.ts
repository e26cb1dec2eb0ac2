import net from 'node:net';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/health/route';
import { resetEnvCache } from '@/config/env';
import { closeDatabase } from '@/db/instance';
import { createTestDatabaseUrl, createTestDataDir, removeTestDirs, testEngine } from '@/db/testing/test-database';
import packageJson from '../../../package.json';
import { checkHealth } from './health';

/** A loopback port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Configures the process the way an operator would, through the environment. */
async function configureDatabase(variables: Record<string, string>): Promise<void> {
  await closeDatabase();
  vi.stubEnv('DATABASE_URL', '');
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  resetEnvCache();
}

afterEach(async () => {
  await closeDatabase();
  vi.unstubAllEnvs();
  resetEnvCache();
});

afterAll(removeTestDirs);

describe(`health on ${testEngine()}`, () => {
  it('answers ok, naming the engine and the version', async () => {
    const engine = testEngine();
    await configureDatabase(
      engine === 'postgres' ? { DATABASE_URL: await createTestDatabaseUrl() } : { CLINIXAI_DATA_DIR: await createTestDataDir() },
    );

    expect(await checkHealth()).toEqual({ status: 'ok', db: engine, version: packageJson.version });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: engine, version: packageJson.version });
  });

  it('answers unavailable when the database does not answer, without revealing the connection string', async () => {
    const port = await closedPort();
    await configureDatabase({ DATABASE_URL: `postgres://clinixai:s3cret-pass@127.0.0.1:${port}/clinixai_prod` });

    const health = await checkHealth();
    expect(health).toEqual({ status: 'unavailable', version: packageJson.version, reason: 'database unreachable' });

    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.text();
    for (const secret of ['s3cret-pass', 'clinixai_prod', String(port), 'postgres://']) expect(body).not.toContain(secret);
  });
});
