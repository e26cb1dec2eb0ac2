import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { clinics } from '../schema/clinics';
import { createTestDatabase, testEngine } from './test-database';

const handles: DatabaseHandle[] = [];

afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
});

describe(`test databases on ${testEngine()}`, () => {
  it('are migrated, and separate: what one test file writes, another never sees', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    handles.push(first, second);
    expect(first.engine).toBe(testEngine());

    await first.db.insert(clinics).values({ slug: 'only-here', name: 'Only Here Clinic', timeZone: 'UTC', country: 'GB' });

    expect(await first.db.select({ n: count() }).from(clinics)).toEqual([{ n: 1 }]);
    expect(await second.db.select({ n: count() }).from(clinics)).toEqual([{ n: 0 }]);
  });
});
