import { asc, desc, gt, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { consentLog } from '@/db/schema/consent';
import { consentLogHash, GENESIS_HASH, type ConsentLogContent, type ConsentLogRow } from './consent-log-chain';

// Any constant works; every instance must use the same one so appends from several instances queue.
const CONSENT_LOG_LOCK_KEY = 727_002;

/**
 * Appends one record at the end of the chain. The transaction-scoped advisory lock serializes appends across
 * app instances, so each reads the true last hash; the unique index on prev_hash would refuse a fork anyway.
 * There is deliberately no update or delete function: the log is append-only (and the database enforces it).
 */
export async function appendConsentLog(content: ConsentLogContent): Promise<{ seq: number; hash: string }> {
  return (await db()).transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CONSENT_LOG_LOCK_KEY})`);
    const [last] = await tx.select({ hash: consentLog.hash }).from(consentLog).orderBy(desc(consentLog.seq)).limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = consentLogHash(content, prevHash);
    const [row] = await tx
      .insert(consentLog)
      .values({ ...content, prevHash, hash })
      .returning({ seq: consentLog.seq });
    if (!row) throw new Error('consent log insert returned no row');
    return { seq: row.seq, hash };
  });
}

/** Every row in chain order, a batch at a time, so verifying a long log never holds it all in memory. */
export async function* consentLogRows(batchSize = 500): AsyncGenerator<ConsentLogRow[]> {
  let after = 0;
  for (;;) {
    const batch = await (await db()).select().from(consentLog).where(gt(consentLog.seq, after)).orderBy(asc(consentLog.seq)).limit(batchSize);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!.seq;
  }
}

/**
 * The newest choice a person made themself (banner or settings, not a sign-in link) under a policy version, on
 * any device whose consent is linked to their account, including choices made before signing in there.
 */
export async function latestAccountConsent(userId: string, policyVersion: string): Promise<ConsentLogRow | undefined> {
  const [row] = await (await db())
    .select()
    .from(consentLog)
    .where(
      sql`${consentLog.policyVersion} = ${policyVersion} and ${consentLog.surface} <> 'sign_in'
        and ${consentLog.consentId} in (select l.consent_id from ${consentLog} l where l.user_id = ${userId})`,
    )
    .orderBy(desc(consentLog.seq))
    .limit(1);
  return row;
}
