import { getDatabase } from '@/db/instance';
import { seedDemoIfEmpty, type SeedOptions } from '@/db/seed/seed-demo';

/** Opens and migrates the database, then seeds the demo clinics when asked. */
export async function prepareDatabase(seed: SeedOptions | undefined) {
  const handle = await getDatabase();
  const seeded = seed ? await seedDemoIfEmpty(handle.db, seed) : false;
  return { engine: handle.engine, seeded };
}
