import { ConfigError, env } from '@/config/env';
import { hashPassword } from '@/server/auth/password';
import { startBackgroundSweeps } from './background-sweeps';
import { logger } from './logger';
import { runtimeSecrets } from './runtime-secrets';
import { prepareDatabase } from './startup.repo';

const holder = globalThis as typeof globalThis & { __clinixaiBoot?: Promise<void> };

/**
 * Start-up, once per process: validate configuration, open and migrate the database,
 * seed the demo clinics when asked, and tell a newcomer how to sign in. Configuration
 * and lock errors stop the process with one clear message: a half-started platform is worse.
 */
export function boot(): Promise<void> {
  holder.__clinixaiBoot ??= runBoot();
  return holder.__clinixaiBoot;
}

async function runBoot(): Promise<void> {
  try {
    const config = env();
    const secrets = runtimeSecrets();
    const demo = config.seed === 'demo';
    const { engine, seeded } = await prepareDatabase(
      demo ? { passwordHash: () => hashPassword(secrets.demoPassword), today: new Date() } : undefined,
    );
    if (demo) printDemoSignIn(secrets.demoPassword, secrets.demoPasswordGenerated, seeded);
    logger().info({ db: engine }, 'database ready');
    startBackgroundSweeps();
  } catch (error) {
    // DataDirLockedError comes from the database layer; matched by name to keep the import boundary.
    if (error instanceof ConfigError || (error instanceof Error && error.name === 'DataDirLockedError')) {
      process.stderr.write(`\nClinixAI cannot start. ${error.message}\n\n`);
      process.exit(1);
    }
    throw error;
  }
}

function printDemoSignIn(password: string, generated: boolean, seededNow: boolean): void {
  const lines = [
    '',
    `Demo clinics ${seededNow ? 'created' : 'ready'}: Riverside Family Clinic and Harbor Pediatrics.`,
    'Sign in with any of:',
    '  admin@riverside.example      clinic admin',
    '  dr.lee@riverside.example     clinician',
    '  dr.okafor@riverside.example  clinician and clinic admin (switch roles in the header)',
    '  patient@riverside.example    patient',
    '  admin@harbor.example         clinic admin (second clinic)',
    '  dr.shah@harbor.example       clinician (second clinic)',
    '  platform@clinixai.example    platform admin',
    `Password: ${password}${generated ? '   (generated; set CLINIXAI_DEMO_PASSWORD to choose one)' : ''}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
