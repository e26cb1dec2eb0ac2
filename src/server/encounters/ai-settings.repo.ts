import { eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinicAiSettings } from '@/db/schema/encounters';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

export async function isLlmEnabled(clinicId: string): Promise<boolean> {
  const [row] = await (await db()).select({ llmEnabled: clinicAiSettings.llmEnabled }).from(clinicAiSettings).where(eq(clinicAiSettings.clinicId, clinicId)).limit(1);
  return row?.llmEnabled ?? false;
}

export async function setLlmEnabled(clinicId: string, enabled: boolean, userId: string, audit: AuditEventRow): Promise<void> {
  await (await db()).transaction(async (tx) => {
    const set = { llmEnabled: enabled, updatedByUserId: userId, updatedAt: new Date() };
    await tx.insert(clinicAiSettings).values({ clinicId, ...set }).onConflictDoUpdate({ target: clinicAiSettings.clinicId, set });
    await insertAuditEvent(audit, tx);
  });
}
