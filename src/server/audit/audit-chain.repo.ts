import { asc, gt, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { clinics } from '@/db/schema/clinics';
import type { AuditChainRow } from './audit-chain';

const BATCH = 1000;

/** Every audit row in seq order, in batches (keyset on seq), with `at` formatted as the hash covers it. */
export async function* auditChainRows(): AsyncGenerator<AuditChainRow[]> {
  let after = -1;
  for (;;) {
    const rows = await (await db())
      .select({
        seq: auditEvents.seq,
        clinicId: auditEvents.clinicId,
        actorUserId: auditEvents.actorUserId,
        actingRole: auditEvents.actingRole,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        outcome: sql<string>`${auditEvents.outcome}::text`,
        requestId: auditEvents.requestId,
        atText: sql<string>`to_char(${auditEvents.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        prevHash: auditEvents.prevHash,
        hash: auditEvents.hash,
      })
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...r, seq: Number(r.seq) }));
    after = Number(rows.at(-1)!.seq);
  }
}

/** Clinic names for the report. */
export async function clinicNames(): Promise<Map<string, string>> {
  const rows = await (await db()).select({ id: clinics.id, name: clinics.name }).from(clinics);
  return new Map(rows.map((r) => [r.id, r.name]));
}
