import packageJson from '../../../package.json';
import { pingDatabase } from './health.repo';

export type Health =
  | { status: 'ok'; db: 'pglite' | 'postgres'; version: string }
  | { status: 'unavailable'; version: string; reason: string };

/** Health as load balancers and monitors see it: the database must answer. */
export async function checkHealth(): Promise<Health> {
  const version = packageJson.version;
  try {
    return { status: 'ok', db: await pingDatabase(), version };
  } catch {
    // The reason names the component, never the error text (it may carry a connection string).
    return { status: 'unavailable', version, reason: 'database unreachable' };
  }
}
