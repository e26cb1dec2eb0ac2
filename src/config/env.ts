import { z } from 'zod';

/**
 * The only reader of process.env (enforced by ESLint). Every variable the platform
 * understands is declared here and documented in .env.example.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = optionalString.pipe(z.url({ message: 'must be a URL' }).optional());

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    CLINIXAI_DATA_DIR: z.string().trim().min(1).default('./data'),
    CLINIXAI_SEED: z.enum(['demo', 'none']).optional(),
    CLINIXAI_DEMO_PASSWORD: optionalString.pipe(
      z.string().min(12, 'must be at least 12 characters').max(128).optional(),
    ),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    AUTH_URL: optionalUrl,
    AUTH_TRUST_HOST: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((v) => v === 'true' || v === '1'),
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    AUTH_GOOGLE_ISSUER: optionalUrl,
    STRIPE_SECRET_KEY: optionalString.pipe(
      z.string().regex(/^(sk|rk)_/, 'must start with sk_ or rk_').optional(),
    ),
    STRIPE_WEBHOOK_SECRET: optionalString.pipe(
      z.string().regex(/^whsec_/, 'must start with whsec_').optional(),
    ),
    /** Tests only: where the Stripe SDK sends its requests (a local peer speaking Stripe's API). */
    STRIPE_API_BASE: optionalUrl,
    SMTP_URL: optionalString.pipe(
      z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
    ),
    CLINIXAI_AI_BASE_URL: optionalUrl,
    CLINIXAI_AI_MODEL: optionalString,
    CLINIXAI_AI_API_KEY: optionalString,
    CLINIXAI_IDLE_TIMEOUT_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(30),
    /**
     * `paused`: this instance queues notices, emails and reminders but delivers none (mail server maintenance,
     * or the end-to-end restart test); another instance, or this one restarted without it, delivers them.
     */
    CLINIXAI_NOTIFICATION_DELIVERY: z.enum(['on', 'paused'], { message: 'must be on or paused' }).default('on'),
  });

/** Variables that only make sense together. Checked on the raw values so they are reported even
 * when another variable is invalid (an object refinement would be skipped then). */
const pairs: [string, string][] = [
  ['AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET'],
  ['CLINIXAI_AI_BASE_URL', 'CLINIXAI_AI_MODEL'],
  ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'],
];

function pairProblems(source: Record<string, string | undefined>): string[] {
  const present = (name: string) => Boolean(source[name]?.trim());
  return pairs
    .filter(([a, b]) => present(a) !== present(b))
    .map(([a, b]) => `${present(a) ? b : a} must be set together with ${present(a) ? a : b}`);
}

export type Env = z.infer<typeof envSchema> & {
  /** Which engine the platform runs on, derived from DATABASE_URL. */
  dbEngine: 'pglite' | 'postgres';
  /** Seed mode after defaults: demo on an embedded database, none on PostgreSQL unless asked. */
  seed: 'demo' | 'none';
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError naming every offending variable (never its value). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`)),
    ...pairProblems(source),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const dbEngine = result.data.DATABASE_URL ? 'postgres' : 'pglite';
  const seed = result.data.CLINIXAI_SEED ?? (dbEngine === 'pglite' ? 'demo' : 'none');
  return { ...result.data, dbEngine, seed };
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change variables between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
