import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema/auth';
import { clinics, memberships, openingHours, visitTypes } from '../schema/clinics';
import { allergies, medications, observations, patients, problems } from '../schema/patients';
import { appointments, clinicianVisitTypes, workingHours } from '../schema/scheduling';
import type { ClinicRows } from './build-clinic-rows';

// Serialises seeders across app instances sharing one PostgreSQL (distinct from the migration lock).
const SEED_LOCK_KEY = 727_002;
// Well under PostgreSQL's 65,535 bind parameters per statement for the widest table.
const CHUNK = 500;

export async function clinicExists(db: Db, slug: string): Promise<boolean> {
  const found = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.slug, slug)).limit(1);
  return found.length > 0;
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

/**
 * Inserts one clinic, all or nothing, unless a clinic with its slug already exists. Every
 * insert skips rows whose key already exists, so a retry after a crash cannot duplicate.
 * Returns whether this call created the clinic.
 */
export async function insertClinicOnce(db: Db, rows: ClinicRows): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(SEED_LOCK_KEY))})`);
    const existing = await tx.select({ id: clinics.id }).from(clinics).where(eq(clinics.slug, rows.clinic.slug)).limit(1);
    if (existing.length > 0) return false;

    await tx.insert(clinics).values(rows.clinic).onConflictDoNothing();
    await tx.insert(users).values(rows.users).onConflictDoNothing();
    // Roles go only to accounts the seed created. Someone who registered a demo address
    // earlier must not silently become a clinician or an admin: stop and say so instead.
    const emails = rows.users.map((user) => user.email);
    const owners = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
    for (const user of rows.users) {
      const owner = owners.find((row) => row.email === user.email);
      if (owner?.id !== user.id) {
        throw new Error(`Demo seed: ${user.email} already belongs to an account the seed did not create; remove it or set CLINIXAI_SEED=none.`);
      }
    }
    await tx.insert(memberships).values(rows.memberships).onConflictDoNothing();
    await tx.insert(visitTypes).values(rows.visitTypes).onConflictDoNothing();
    await tx.insert(openingHours).values(rows.openingHours).onConflictDoNothing();
    await tx.insert(workingHours).values(rows.workingHours).onConflictDoNothing();
    await tx.insert(clinicianVisitTypes).values(rows.clinicianVisitTypes).onConflictDoNothing();
    await inChunks(rows.patients, (chunk) => tx.insert(patients).values(chunk).onConflictDoNothing());
    await inChunks(rows.problems, (chunk) => tx.insert(problems).values(chunk).onConflictDoNothing());
    await inChunks(rows.allergies, (chunk) => tx.insert(allergies).values(chunk).onConflictDoNothing());
    await inChunks(rows.medications, (chunk) => tx.insert(medications).values(chunk).onConflictDoNothing());
    await inChunks(rows.observations, (chunk) => tx.insert(observations).values(chunk).onConflictDoNothing());
    await inChunks(rows.appointments, (chunk) => tx.insert(appointments).values(chunk).onConflictDoNothing());
    return true;
  });
}
