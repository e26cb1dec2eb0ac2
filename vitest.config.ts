import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three projects:
 * - unit: src/**\/*.test.ts, no database server, no global setup.
 * - integration-pglite: src/**\/*.int.test.ts on the embedded engine.
 * - integration-postgres: the same files on a PostgreSQL server, only when one is named by
 *   TEST_DATABASE_URL (else DATABASE_URL). scripts/test.mjs probes a local server and sets it.
 * Files named pglite-*.int.test.ts test the embedded engine itself (its lock, its durability
 * on disk) and run only in the PGlite project: on PostgreSQL they would test PGlite twice.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
const integrationFiles = ['src/**/*.int.test.ts'];
const pgliteOnlyFiles = ['src/**/pglite-*.int.test.ts'];
const globalSetup = ['src/db/testing/global-setup.ts'];

const integration = (name: string, extra: TestProjectInlineConfiguration['test']): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include: integrationFiles, globalSetup, ...extra },
});

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...integrationFiles] },
  },
  integration('integration-pglite', { provide: { clinixaiTestEngine: 'pglite' } }),
];
if (postgresUrl) {
  projects.push(
    integration('integration-postgres', {
      exclude: [...configDefaults.exclude, ...pgliteOnlyFiles],
      provide: { clinixaiTestEngine: 'postgres', clinixaiPostgresUrl: postgresUrl },
    }),
  );
}

export default defineConfig({
  resolve: { alias: { '@': path.join(root, 'src') } },
  test: {
    root,
    environment: 'node',
    // The platform's DATABASE_URL (perhaps production) must never reach code under test;
    // integration tests get their own databases from src/db/testing.
    env: { DATABASE_URL: '' },
    // Hang guards, not performance limits: a PGlite database takes seconds to open on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration files mostly wait on PGlite start-up and child processes, so two workers pay off
    // even on two cores (Vitest's default there is one).
    maxWorkers: 2,
    projects,
  },
});
