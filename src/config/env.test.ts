import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, env, parseEnv, resetEnvCache } from './env';

/** The error start-up stops with, or a test failure if the configuration was accepted. */
function problemWithError(source: Record<string, string | undefined>): ConfigError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`configuration was accepted: ${JSON.stringify(Object.keys(source))}`);
}

/** The message an operator reads at start-up. */
function problemWith(source: Record<string, string | undefined>): string {
  return problemWithError(source).message;
}

describe('invalid configuration', () => {
  it('names DATABASE_URL when it is not PostgreSQL, without echoing the URL or its password', () => {
    const message = problemWith({ DATABASE_URL: 'mysql://clinic:hunter2-secret@db.internal:3306/clinixai' });
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('hunter2-secret');
    expect(message).not.toContain('db.internal');
    expect(message).not.toContain('mysql://');
  });

  it('names PORT when it is not a number or out of range', () => {
    expect(problemWith({ PORT: 'abc' })).toMatch(/\bPORT\b/);
    expect(problemWith({ PORT: 'abc' })).not.toContain('abc');
    expect(problemWith({ PORT: '70000' })).toMatch(/\bPORT\b/);
    expect(problemWith({ PORT: '0' })).toMatch(/\bPORT\b/);
  });

  it('names the missing half of the Google sign-in pair, without echoing the half that is set', () => {
    const withoutSecret = problemWith({ AUTH_GOOGLE_ID: 'client-id-1234.apps.example' });
    expect(withoutSecret).toContain('AUTH_GOOGLE_SECRET');
    expect(withoutSecret).not.toContain('client-id-1234');
    const withoutId = problemWith({ AUTH_GOOGLE_SECRET: 'google-secret-5678' });
    expect(withoutId).toContain('AUTH_GOOGLE_ID');
    expect(withoutId).not.toContain('google-secret-5678');
  });

  it('never echoes secrets that fail validation', () => {
    const cases: Record<string, string> = {
      AUTH_SECRET: 'short-secret-xyz',
      STRIPE_SECRET_KEY: 'pk_live_leaked_value',
      STRIPE_WEBHOOK_SECRET: 'not-a-webhook-secret',
      SMTP_URL: 'http://mailer:pa55word@smtp.example',
      CLINIXAI_DEMO_PASSWORD: 'short-pw',
      LOG_LEVEL: 'verbose-please',
      CLINIXAI_SEED: 'everything',
    };
    for (const [name, value] of Object.entries(cases)) {
      const message = problemWith({ [name]: value });
      expect(message, name).toContain(name);
      expect(message, name).not.toContain(value);
    }
  });

  it('reports every invalid variable at once, so an operator fixes them in one go', () => {
    const error = problemWithError({ DATABASE_URL: 'mysql://x', PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(error.problems).toHaveLength(3);
    for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL']) expect(error.message).toContain(name);
  });

  it('reports a missing partner variable even when another variable is invalid', () => {
    const error = problemWithError({ PORT: 'abc', AUTH_GOOGLE_ID: 'client-id-1234.apps.example' });
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('AUTH_GOOGLE_SECRET');
  });

  it('requires the optional LLM endpoint and model together', () => {
    expect(problemWith({ CLINIXAI_AI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toContain('CLINIXAI_AI_MODEL');
    expect(problemWith({ CLINIXAI_AI_MODEL: 'llama3.1' })).toContain('CLINIXAI_AI_BASE_URL');
  });
});

describe('defaults', () => {
  it('runs on the embedded database on port 3000 and seeds the demo clinics when nothing is set', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({ PORT: 3000, dbEngine: 'pglite', seed: 'demo', CLINIXAI_DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('seeds nothing on PostgreSQL unless asked', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://clinixai@db:5432/clinixai' })).toMatchObject({ dbEngine: 'postgres', seed: 'none' });
    expect(parseEnv({ DATABASE_URL: 'postgresql://clinixai@db/clinixai', CLINIXAI_SEED: 'demo' })).toMatchObject({
      dbEngine: 'postgres',
      seed: 'demo',
    });
    expect(parseEnv({ CLINIXAI_SEED: 'none' }).seed).toBe('none');
  });

  it('delivers notifications unless an instance is explicitly paused; anything else is refused by name', () => {
    expect(parseEnv({}).CLINIXAI_NOTIFICATION_DELIVERY).toBe('on');
    expect(parseEnv({ CLINIXAI_NOTIFICATION_DELIVERY: 'paused' }).CLINIXAI_NOTIFICATION_DELIVERY).toBe('paused');
    expect(() => parseEnv({ CLINIXAI_NOTIFICATION_DELIVERY: 'off' })).toThrow(/CLINIXAI_NOTIFICATION_DELIVERY must be on or paused/);
  });

  it('treats empty variables (as .env files leave them) as unset', () => {
    const config = parseEnv({ DATABASE_URL: '', AUTH_SECRET: '  ', AUTH_GOOGLE_ID: '', AUTH_GOOGLE_SECRET: '' });
    expect(config.dbEngine).toBe('pglite');
    expect(config.AUTH_SECRET).toBeUndefined();
  });
});

describe('env()', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
  });

  it('reads the process environment once, and again after resetEnvCache()', () => {
    vi.stubEnv('PORT', '4100');
    resetEnvCache();
    expect(env().PORT).toBe(4100);
    vi.stubEnv('PORT', '4200');
    expect(env().PORT).toBe(4100);
    resetEnvCache();
    expect(env().PORT).toBe(4200);
  });

  it('throws the same named error for a bad process environment', () => {
    vi.stubEnv('DATABASE_URL', 'mysql://root:toor@localhost/app');
    resetEnvCache();
    expect(() => env()).toThrow(ConfigError);
    expect(() => env()).toThrow(/DATABASE_URL/);
    expect(() => env()).not.toThrow(/toor/);
  });
});
