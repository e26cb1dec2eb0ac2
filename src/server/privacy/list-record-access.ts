import type { Principal } from '@/server/access/principal';
import { describeChartAction, describeRole } from './record-access-labels';
import { recordAccessSchema, type RecordAccess } from './record-access.schemas';
import { findRecordAccesses } from './record-access.repo';

/** The newest accesses shown; the audit trail keeps them all. */
export const RECORD_ACCESS_LIMIT = 500;

/** "Who viewed my record": every access to the signed-in person's own chart(s), newest first. */
export async function listRecordAccess(principal: Principal): Promise<{ accesses: RecordAccess[] }> {
  const rows = await findRecordAccesses(principal.userId, RECORD_ACCESS_LIMIT);
  return {
    accesses: rows.map((row) => {
      const byYou = row.actorUserId === principal.userId;
      return recordAccessSchema.parse({
        at: row.at.toISOString(),
        who: byYou ? 'You' : row.actorName?.trim() || (row.actorUserId ? 'A member of staff' : 'The system'),
        byYou,
        role: describeRole(row.actingRole),
        clinic: row.clinicName,
        action: row.action,
        what: describeChartAction(row.action),
        outcome: row.outcome,
      });
    }),
  };
}
