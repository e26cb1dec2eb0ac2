import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { createTestDatabase } from '@/db/testing/test-database';
import { seedDemoIfEmpty } from './seed-demo';

/**
 * The demo seed on the project's engine: this file runs on PGlite and on PostgreSQL, so the
 * same migrations and seed are shown to work unchanged on both.
 */
let handle: DatabaseHandle;
const today = new Date('2026-03-10T15:00:00Z');
const options = { passwordHash: async () => '$argon2id$v=19$m=19456,t=2,p=1$c2VlZHNlZWQ$ZmFrZWhhc2hmYWtlaGFzaA', today };

const countOf = async (table: typeof users | typeof clinics | typeof patients | typeof appointments) =>
  (await handle.db.select({ n: count() }).from(table))[0]?.n ?? 0;

beforeAll(async () => {
  handle = await createTestDatabase();
}, 120_000);

describe('demo seed on this engine', () => {
  it('seeds both clinics once, and a second run changes nothing', async () => {
    expect(await seedDemoIfEmpty(handle.db, options)).toBe(true);
    const before = { users: await countOf(users), patients: await countOf(patients), appointments: await countOf(appointments) };
    expect(await countOf(clinics)).toBe(2);
    expect(before.patients).toBeGreaterThanOrEqual(30);

    let hashed = false;
    expect(await seedDemoIfEmpty(handle.db, { ...options, passwordHash: async () => ((hashed = true), 'unused') })).toBe(false);
    expect(hashed).toBe(false);
    expect({ users: await countOf(users), patients: await countOf(patients), appointments: await countOf(appointments) }).toEqual(before);

    const [riverside] = await handle.db.select().from(clinics).where(eq(clinics.slug, 'riverside'));
    expect(riverside?.timeZone).toBe('America/New_York');
  }, 120_000);
});
