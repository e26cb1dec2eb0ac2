import { staffRoles } from '@/config/roles';
import { forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { invitationStatus, isInvitableRole, staffClinicOf } from './invitation.policy';
import { invitationViewSchema, staffMemberViewSchema, type InvitationView, type StaffMemberView } from './invitation.schemas';
import { listInvitations, listStaffMembers } from './invitations.repo';

/** The staff screen: the clinic's staff and its invitations with their current state. */
export async function listStaff(principal: Principal, now = new Date()): Promise<{ staff: StaffMemberView[]; invitations: InvitationView[] }> {
  const clinicId = staffClinicOf(principal);
  if (!clinicId) throw forbidden('Only a clinic admin can see the staff list.');
  const [members, invitations] = await Promise.all([listStaffMembers(clinicId, staffRoles), listInvitations(clinicId)]);
  return {
    staff: members.map((m) => staffMemberViewSchema.parse({ ...m, since: m.since.toISOString() })),
    invitations: invitations
      .filter((i) => isInvitableRole(i.role))
      .map((i) =>
        invitationViewSchema.parse({
          id: i.id,
          email: i.email,
          role: i.role,
          status: invitationStatus(i, now),
          sentAt: i.createdAt.toISOString(),
          expiresAt: i.expiresAt.toISOString(),
        }),
      ),
  };
}
