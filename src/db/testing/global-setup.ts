import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../client';
import { migrate } from '../migrate';
import { createDatabase, databaseUrl, dropDatabasesWithPrefix, uniqueSuffix } from './postgres-admin';
import type { TestDatabaseSource } from './provided-context';

/**
 * Vitest global setup of the integration projects: migrate ONE database per run and let
 * each test file copy it. Creating and migrating a database costs seconds (PGlite runs initdb
 * even in memory); copying one costs about a second on PGlite and milliseconds on PostgreSQL.
 */
export const testTmpDir = path.join(process.cwd(), '.test-tmp');

let cleanup: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const provided = project.getProvidedContext();
  const source =
    provided.clinixaiTestEngine === 'postgres' ? await preparePostgres(provided.clinixaiPostgresUrl) : await preparePglite();
  project.provide('clinixaiTestDatabase', source);
}

export async function teardown(): Promise<void> {
  await cleanup?.();
  cleanup = undefined;
}

async function preparePglite(): Promise<TestDatabaseSource> {
  await fs.mkdir(testTmpDir, { recursive: true });
  // Per run, so two runs in one checkout do not overwrite each other's template.
  const templateFile = path.join(testTmpDir, `pglite-template-${process.pid}-${uniqueSuffix(6)}.tar`);
  const handle = await openDatabase({ engine: 'pglite', memory: true });
  try {
    await migrate(handle);
    if (handle.native.kind !== 'pglite') throw new Error('expected a PGlite handle');
    // Uncompressed: loading it is measurably faster than gunzipping in every test file.
    const dump = await handle.native.client.dumpDataDir('none');
    await fs.writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  cleanup = () => fs.rm(templateFile, { force: true });
  return { engine: 'pglite', templateFile };
}

async function preparePostgres(serverUrl: string | undefined): Promise<TestDatabaseSource> {
  if (!serverUrl) throw new Error('The integration-postgres project needs TEST_DATABASE_URL or DATABASE_URL.');
  // Unique per run: parallel runs on one server never share, and teardown drops only these.
  const prefix = `clinixai_test_${uniqueSuffix(8)}`;
  const template = `${prefix}_template`;
  cleanup = async () => {
    await dropDatabasesWithPrefix(serverUrl, prefix);
  };
  try {
    await createDatabase(serverUrl, template);
    const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(serverUrl, template), maxConnections: 1 });
    try {
      await migrate(handle);
    } finally {
      // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
      await handle.close();
    }
  } catch (error) {
    // Vitest skips teardown when setup throws; leave nothing behind on the server.
    await teardown();
    throw error;
  }
  return { engine: 'postgres', adminUrl: serverUrl, prefix, template };
}
