import { getDatabase } from '@/db/instance';

/** Which engine answers, or throws when it does not. */
export async function pingDatabase(): Promise<'pglite' | 'postgres'> {
  const handle = await getDatabase();
  await handle.ping();
  return handle.engine;
}
