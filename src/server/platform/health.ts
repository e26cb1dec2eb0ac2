import { getDatabase } from '@/db/instance';
import packageJson from '../../../package.json';

export type Health =
  | { status: 'ok'; db: 'pglite' | 'postgres'; version: string }
  | { status: 'unavailable'; db: 'pglite' | 'postgres' | 'unknown'; version: string; reason: string };

/** Health as load balancers and monitors see it: the database must answer. */
export async function checkHealth(): Promise<Health> {
  const version = packageJson.version;
  let engine: 'pglite' | 'postgres' | 'unknown' = 'unknown';
  try {
    const handle = await getDatabase();
    engine = handle.engine;
    await handle.ping();
    return { status: 'ok', db: handle.engine, version };
  } catch {
    // The reason names the component, never the error text (it may carry a connection string).
    return { status: 'unavailable', db: engine, version, reason: 'database unreachable' };
  }
}
