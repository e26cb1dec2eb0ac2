/**
 * What vitest.config.ts and the integration global setup hand to test files through
 * Vitest's provide/inject. Kept in one place so the config, the setup and the helpers
 * agree on the shape.
 */
export type TestEngine = 'pglite' | 'postgres';

export type TestDatabaseSource =
  /** A migrated PGlite data directory, dumped once per run; each test file loads a copy. */
  | { engine: 'pglite'; templateFile: string }
  /**
   * A migrated PostgreSQL database created for this run. Each test file gets a copy named
   * `${prefix}_<random>`; teardown drops every database whose name starts with `prefix`.
   */
  | { engine: 'postgres'; adminUrl: string; prefix: string; template: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the project in vitest.config.ts: which engine its global setup prepares. */
    clinixaiTestEngine: TestEngine;
    /** Set by the PostgreSQL project: the server the run may create databases on. */
    clinixaiPostgresUrl: string;
    /** Set by the global setup once the template database is migrated. */
    clinixaiTestDatabase: TestDatabaseSource;
  }
}
