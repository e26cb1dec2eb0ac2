import { ConfigError, env } from '@/config/env';
import { loadOrCreateLocalSecrets, randomPassword } from './local-secrets';

export interface RuntimeSecrets {
  authSecret: string;
  demoPassword: string;
  /** True when the demo password was generated here rather than configured. */
  demoPasswordGenerated: boolean;
}

const holder = globalThis as typeof globalThis & { __clinixaiSecrets?: RuntimeSecrets };

/**
 * Secrets this process signs with. Configured values win; on the embedded database the
 * missing ones come from the data directory. PostgreSQL means a real deployment, where a
 * missing AUTH_SECRET is a configuration error, not something to invent.
 */
export function runtimeSecrets(): RuntimeSecrets {
  if (holder.__clinixaiSecrets) return holder.__clinixaiSecrets;
  const config = env();
  let secrets: RuntimeSecrets;
  if (config.dbEngine === 'pglite') {
    const local = loadOrCreateLocalSecrets(config.CLINIXAI_DATA_DIR);
    secrets = {
      authSecret: config.AUTH_SECRET ?? local.authSecret,
      demoPassword: config.CLINIXAI_DEMO_PASSWORD ?? local.demoPassword,
      demoPasswordGenerated: !config.CLINIXAI_DEMO_PASSWORD,
    };
  } else {
    if (!config.AUTH_SECRET) throw new ConfigError(['AUTH_SECRET is required when DATABASE_URL is set']);
    secrets = {
      authSecret: config.AUTH_SECRET,
      demoPassword: config.CLINIXAI_DEMO_PASSWORD ?? randomPassword(),
      demoPasswordGenerated: !config.CLINIXAI_DEMO_PASSWORD,
    };
  }
  holder.__clinixaiSecrets = secrets;
  return secrets;
}
