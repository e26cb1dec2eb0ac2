import { env } from '@/config/env';

/** The origin for links in notification emails: AUTH_URL when configured, else this server on localhost. */
export function appBaseUrl(): string {
  const config = env();
  return config.AUTH_URL ? new URL(config.AUTH_URL).origin : `http://localhost:${config.PORT}`;
}
