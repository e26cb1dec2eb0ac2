import type { Db } from '../client';

export interface SeedOptions {
  /** Called at most once; hashing is slow, and skipped entirely when nothing is seeded. */
  passwordHash: () => Promise<string>;
  today: Date;
}

/** Placeholder replaced by the demo seed; returns whether it seeded. */
export async function seedDemoIfEmpty(_db: Db, _options: SeedOptions): Promise<boolean> {
  return false;
}
