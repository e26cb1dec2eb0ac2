// Lint rules that keep DESIGN.md's architecture honest. Each boundary below is a rule
// of docs/ARCHITECTURE.md; breaking one fails `npm test`.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

const databaseModules = ['@/db/*', '@/db/**', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.test-tmp/**']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through env() in src/config/env.ts.' }],
    },
  },
  // Only config/env.ts reads the environment; instrumentation needs Next's build-time runtime flags.
  { files: ['src/config/env.ts', 'src/instrumentation.ts', 'src/proxy.ts', 'scripts/**', 'tests/**', '*.config.*', 'src/**/*.test.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Rule 3: only repos and src/db touch the database.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/**/*.repo.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: databaseModules, message: 'Only *.repo.ts files and src/db/** may use the database.' }] }],
    },
  },
  // Components reach server code only through *.actions.ts ('use server' wrappers). Type-only imports are
  // erased at compile time, so a component names the server's own types instead of restating them.
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: databaseModules, message: 'Components never use the database.' },
          { regex: '^@/server/(?!.*\\.actions$)', allowTypeImports: true, message: 'Components import server code only through *.actions.ts (type-only imports are allowed).' },
        ],
      }],
    },
  },
  // Named exports everywhere except where Next.js and tool configs require a default export.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/**', 'src/proxy.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md rule 5).' }],
    },
  },
]);
