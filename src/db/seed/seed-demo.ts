import type { Db } from '../client';
import { buildClinicRows, demoUser, userId } from './build-clinic-rows';
import { seedDemoBilling } from './demo-billing';
import { harborClinic } from './harbor-clinic';
import { clinicExists, insertClinicOnce } from './insert-clinic';
import { riversideClinic } from './riverside-clinic';
import { stableUuid } from './stable-id';

export interface SeedOptions {
  /** Called at most once; hashing is slow, and skipped entirely when nothing is seeded. */
  passwordHash: () => Promise<string>;
  today: Date;
}

export const PLATFORM_ADMIN_EMAIL = 'platform@clinixai.example';

/**
 * Seeds the demo installation (DESIGN.md section 5) when the Riverside clinic is missing:
 * Harbor Pediatrics first, then Riverside together with the platform admin, each in its own
 * transaction. Riverside goes last, so its presence means the whole seed completed, and a run
 * interrupted in between finishes the job next time. Every id derives from a stable key and
 * every date from `today`, so the same `today` always gives the same rows.
 * Returns true when this call inserted a clinic.
 */
export async function seedDemoIfEmpty(db: Db, options: SeedOptions): Promise<boolean> {
  if (await clinicExists(db, 'riverside')) return false;
  const passwordHash = await options.passwordHash();

  const harbor = await insertClinicOnce(db, buildClinicRows(harborClinic(), options.today, passwordHash));

  const riverside = buildClinicRows(riversideClinic(), options.today, passwordHash);
  const operatorSince = riverside.clinic.createdAt ?? options.today;
  riverside.users.push(demoUser(PLATFORM_ADMIN_EMAIL, 'Robin Ellis', null, operatorSince, passwordHash));
  riverside.memberships.push({
    id: stableUuid(`membership:${PLATFORM_ADMIN_EMAIL}:platform:platform_admin`),
    userId: userId(PLATFORM_ADMIN_EMAIL),
    clinicId: null,
    role: 'platform_admin',
    title: 'Platform operations',
    createdAt: operatorSince,
  });
  const seededRiverside = await insertClinicOnce(db, riverside);
  await seedDemoBilling(db, options.today);
  return harbor || seededRiverside;
}
