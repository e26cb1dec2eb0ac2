import { asc } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics } from '@/db/schema/clinics';
import type { ClinicDirectoryEntry } from './clinic.schemas';

export async function listClinicDirectory(): Promise<ClinicDirectoryEntry[]> {
  return (await db())
    .select({ id: clinics.id, name: clinics.name, timeZone: clinics.timeZone, city: clinics.city })
    .from(clinics)
    .orderBy(asc(clinics.name));
}
