import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinicBilling } from '@/db/schema/billing';
import { patients } from '@/db/schema/patients';

export async function findOwnPatient(clinicId: string, userId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ id: patients.id }).from(patients).where(and(eq(patients.clinicId, clinicId), eq(patients.userId, userId))).limit(1);
  return row?.id;
}

export async function findConnectAccount(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db())
    .select({ id: clinicBilling.connectAccountId, enabled: clinicBilling.connectChargesEnabled })
    .from(clinicBilling)
    .where(eq(clinicBilling.clinicId, clinicId))
    .limit(1);
  return row?.enabled && row.id ? row.id : undefined;
}
