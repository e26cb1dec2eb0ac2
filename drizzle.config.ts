import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; it never connects. Migrations are
// applied at start-up by src/db/migrate.ts on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/*.ts',
  out: './src/db/migrations',
});
