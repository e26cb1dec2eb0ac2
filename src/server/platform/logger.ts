import pino from 'pino';
import { env } from '@/config/env';

/**
 * JSON logs. Keys that may carry patient data, credentials or cookies are censored
 * wherever they appear, as a safety net: code must not log such values in the first place.
 */
export const redactedKeys = [
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'phone',
  'name',
  'givenName',
  'familyName',
  'dateOfBirth',
  'address',
  'text',
  'body',
];

const paths = redactedKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function createLogger(level: string = env().LOG_LEVEL) {
  return pino({ level, redact: { paths, censor: '[redacted]' }, base: { service: 'clinixai' } });
}

const holder = globalThis as typeof globalThis & { __clinixaiLogger?: pino.Logger };

/** The process-wide logger. */
export function logger(): pino.Logger {
  holder.__clinixaiLogger ??= createLogger();
  return holder.__clinixaiLogger;
}
