import { and, count, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics, memberships } from '@/db/schema/clinics';
import { staffRoles } from '@/config/roles';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { MembershipPlan, StaffMembershipState } from './staff.policy';

/** Thrown inside the transaction to undo a change that would leave the clinic without an active admin. */
class NoAdminLeft extends Error {}

export type StaffChangeOutcome = { ok: true; plan: MembershipPlan } | { ok: false; reason: 'not_found' | 'last_admin' | 'nothing_to_do' };

/**
 * Applies a change to one person's staff memberships at a clinic, in one transaction that first locks the
 * clinic row: two admins demoting each other at once are serialised, and the second finds no admin left and
 * is refused. The plan is made from the rows read under that lock.
 */
export async function changeStaffMemberships(
  clinicId: string,
  userId: string,
  plan: (current: StaffMembershipState[]) => MembershipPlan,
  audit: (plan: MembershipPlan) => AuditEventRow,
  now: Date,
): Promise<StaffChangeOutcome> {
  try {
    return await (await db()).transaction(async (tx) => {
      await tx.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, clinicId)).for('update');
      const current = await tx
        .select({ role: memberships.role, status: memberships.status, deactivatedAt: memberships.deactivatedAt })
        .from(memberships)
        .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId), inArray(memberships.role, [...staffRoles])));
      if (current.length === 0) return { ok: false, reason: 'not_found' } as const;
      const planned = plan(current);
      if (planned.activate.length === 0 && planned.deactivate.length === 0) return { ok: false, reason: 'nothing_to_do' } as const;
      for (const role of planned.activate) {
        await tx
          .insert(memberships)
          .values({ userId, clinicId, role })
          .onConflictDoUpdate({ target: [memberships.userId, memberships.clinicId, memberships.role], set: { status: 'active', deactivatedAt: null } });
      }
      if (planned.deactivate.length > 0) {
        await tx
          .update(memberships)
          .set({ status: 'deactivated', deactivatedAt: now })
          .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId), inArray(memberships.role, planned.deactivate)));
      }
      const [admins] = await tx
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinic_admin'), eq(memberships.status, 'active')));
      if (!admins || admins.n === 0) throw new NoAdminLeft();
      await insertAuditEvent(audit(planned), tx);
      return { ok: true, plan: planned } as const;
    });
  } catch (error) {
    if (error instanceof NoAdminLeft) return { ok: false, reason: 'last_admin' };
    throw error;
  }
}
