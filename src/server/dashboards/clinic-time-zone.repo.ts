import { eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics } from '@/db/schema/clinics';

export async function clinicSettingsOf(clinicId: string): Promise<{ name: string; timeZone: string }> {
  if (!/^[0-9a-f-]{36}$/.test(clinicId)) return { name: 'Clinic', timeZone: 'UTC' };
  const [row] = await (await db()).select({ name: clinics.name, timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row ?? { name: 'Clinic', timeZone: 'UTC' };
}
