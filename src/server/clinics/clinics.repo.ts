import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics } from '@/db/schema/clinics';
import type { ClinicDirectoryEntry } from './clinic.schemas';

export async function listClinicDirectory(): Promise<ClinicDirectoryEntry[]> {
  return (await db())
    .select({ id: clinics.id, name: clinics.name, timeZone: clinics.timeZone, city: clinics.city })
    .from(clinics)
    .orderBy(asc(clinics.name));
}

export async function clinicTimeZoneOf(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.timeZone;
}
