import type { z } from 'zod';
import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { staffClinicOf } from './invitation.policy';
import type { MembershipPlan, StaffMembershipState } from './staff.policy';
import { changeStaffMemberships } from './staff.repo';

const lastAdmin = (field: string) => {
  const message = 'The clinic needs at least one active clinic admin. Make someone else a clinic admin first.';
  return new AppError('conflict', message, { [field]: [message] });
};

/**
 * The common path of every staff change: a clinic admin of the active clinic, a valid input naming a
 * person on this clinic's staff (another clinic's staff is not found), the change and its audit event
 * in one transaction, denials recorded.
 */
export async function changeStaff<I extends { userId: string }>(
  principal: Principal,
  raw: unknown,
  spec: {
    schema: z.ZodType<I>;
    action: string;
    plan: (input: I, current: StaffMembershipState[]) => MembershipPlan;
    nothingToDo: string;
    /** The form field a "last admin" refusal is attached to. */
    field: string;
  },
  now = new Date(),
): Promise<MembershipPlan> {
  const parsed = spec.schema.safeParse(raw);
  const subject = { action: spec.action, entityType: 'staff_member', entityId: parsed.success ? parsed.data.userId : null };
  const clinicId = staffClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, subject);
    throw forbidden('Only a clinic admin can manage staff.');
  }
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const outcome = await changeStaffMemberships(clinicId, input.userId, (current) => spec.plan(input, current), () => auditEventOf(principal, subject, 'allowed'), now);
  if (outcome.ok) return outcome.plan;
  if (outcome.reason === 'not_found') {
    await recordDenial(principal, subject);
    throw notFound('The staff member');
  }
  if (outcome.reason === 'last_admin') {
    await recordDenial(principal, subject);
    throw lastAdmin(spec.field);
  }
  throw new AppError('conflict', spec.nothingToDo);
}
