import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';
import { createDatabase, databaseUrl, uniqueSuffix } from './postgres-admin';
import type { TestDatabaseSource, TestEngine } from './provided-context';

/**
 * Databases for integration tests (*.int.test.ts). Each call gives a fresh database of the
 * engine the Vitest project runs on, already migrated, copied from the template the global
 * setup prepared (src/db/testing/global-setup.ts). Close it in afterAll; on PostgreSQL the
 * run's teardown drops it in any case.
 */
function source(): TestDatabaseSource {
  const provided = inject('clinixaiTestDatabase');
  if (!provided) {
    throw new Error(
      'No test database template: createTestDatabase() works in *.int.test.ts files, which run in the integration projects.',
    );
  }
  return provided;
}

/** The engine this test file runs on. */
export function testEngine(): TestEngine {
  return source().engine;
}

let pgliteTemplate: Promise<Blob> | undefined;

function readPgliteTemplate(file: string): Promise<Blob> {
  // Read once per test file; PGlite copies the bytes into its own file system on load.
  pgliteTemplate ??= fs.readFile(file).then((bytes) => new Blob([new Uint8Array(bytes)]));
  return pgliteTemplate;
}

export interface TestDatabaseOptions {
  /** false: an empty database, for tests of the migrations themselves. Default true. */
  migrated?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  const migrated = options.migrated ?? true;
  const from = source();
  if (from.engine === 'pglite') {
    if (!migrated) return openDatabase({ engine: 'pglite', memory: true });
    const template = await readPgliteTemplate(from.templateFile);
    return openDatabase({ engine: 'pglite', memory: true, loadDataDir: template });
  }
  return openDatabase({ engine: 'postgres', url: await createTestDatabaseUrl(options), maxConnections: 5 });
}

/**
 * PostgreSQL only: a fresh database on the test server, as a connection string, for tests that
 * configure the platform through DATABASE_URL the way an operator does.
 */
export async function createTestDatabaseUrl(options: TestDatabaseOptions = {}): Promise<string> {
  const from = source();
  if (from.engine !== 'postgres') throw new Error('createTestDatabaseUrl() is for the PostgreSQL project.');
  const name = `${from.prefix}_${uniqueSuffix()}`;
  // template0 is the server's pristine database: "empty" must not inherit whatever template1 holds.
  await createDatabase(from.adminUrl, name, options.migrated === false ? 'template0' : from.template);
  return databaseUrl(from.adminUrl, name);
}

/**
 * PGlite only: a new data directory (as CLINIXAI_DATA_DIR names it) holding the migrated template,
 * for tests that open the embedded database from disk: restarts, locks, crashes.
 */
export async function createTestDataDir(): Promise<string> {
  const from = source();
  if (from.engine !== 'pglite') throw new Error('createTestDataDir() is for the PGlite project.');
  const dataDir = await createEmptyDataDir();
  // The layout openDatabase({ dataDir }) uses: the cluster in ./pglite, the lock beside it.
  const clusterDir = path.join(dataDir, 'pglite');
  const template = await readPgliteTemplate(from.templateFile);
  await fs.mkdir(clusterDir);
  const loader = await PGlite.create(clusterDir, { loadDataDir: template });
  await loader.close();
  return dataDir;
}

/** An empty temporary directory, removed by removeTestDirs(). */
export async function createEmptyDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinixai-test-'));
  createdDirs.push(dir);
  return dir;
}

const createdDirs: string[] = [];

/** Removes the directories this test file created; call in afterAll once their databases are closed. */
export async function removeTestDirs(): Promise<void> {
  await Promise.all(createdDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
}
