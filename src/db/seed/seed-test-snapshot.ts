import type { Db } from '../client';
import { users } from '../schema/auth';
import { clinics, memberships, openingHours, visitTypes } from '../schema/clinics';
import { allergies, medications, observations, patients, problems } from '../schema/patients';
import { appointments, workingHours } from '../schema/scheduling';
import type { SeedOptions } from './seed-demo';

/** For the seed's tests: what the seed writes, and a hash function that counts its calls. */
const seededTables = { users, clinics, memberships, visitTypes, openingHours, patients, problems, allergies, medications, observations, appointments, workingHours };

/** Every row of every table the seed writes, in id order, for "nothing changed" and "same rows" checks. */
export async function seededRows(db: Db): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    Object.entries(seededTables).map(async ([name, table]) => [name, await db.select().from(table).orderBy(table.id)] as const),
  );
  return Object.fromEntries(entries);
}

export function countingSeedOptions(today: Date, hash: string): SeedOptions & { calls: () => number } {
  let calls = 0;
  return {
    passwordHash: async () => {
      calls++;
      return hash;
    },
    today,
    calls: () => calls,
  };
}
