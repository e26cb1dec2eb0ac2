import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { consentLog } from '@/db/schema/consent';

/** The consent log rows linked to one person, newest first; hashes stay out (they prove the chain, not the choice). */
export async function findConsentLogOfUser(userId: string) {
  return (await db())
    .select({
      seq: consentLog.seq, consentId: consentLog.consentId, at: consentLog.at, action: consentLog.action,
      categoriesBefore: consentLog.categoriesBefore, categoriesAfter: consentLog.categoriesAfter,
      policyVersion: consentLog.policyVersion, surface: consentLog.surface, gpc: consentLog.gpc, locale: consentLog.locale,
    })
    .from(consentLog)
    .where(eq(consentLog.userId, userId))
    .orderBy(desc(consentLog.seq));
}

export type ConsentLogEntry = Awaited<ReturnType<typeof findConsentLogOfUser>>[number];
