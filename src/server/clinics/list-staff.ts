import { staffRoles } from '@/config/roles';
import { forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { invitationStatus, isInvitableRole, staffClinicOf } from './invitation.policy';
import { invitationViewSchema, type InvitationView } from './invitation.schemas';
import { listInvitations, listStaffMembers } from './invitations.repo';
import { staffPersonViewSchema, type StaffPersonView } from './staff.schemas';

type MemberRow = Awaited<ReturnType<typeof listStaffMembers>>[number];

/** One entry per person: active roles, earliest membership, and deactivated when no staff role is active. */
function peopleOf(rows: MemberRow[], viewerId: string): StaffPersonView[] {
  const byUser = new Map<string, MemberRow[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return [...byUser.values()].map((memberships) => {
    const first = memberships[0]!;
    const active = memberships.filter((m) => m.status === 'active' && isInvitableRole(m.role));
    const latestOff = Math.max(...memberships.map((m) => m.deactivatedAt?.getTime() ?? 0));
    return staffPersonViewSchema.parse({
      userId: first.userId,
      name: first.name,
      email: first.email,
      roles: active.map((m) => m.role),
      status: active.length > 0 ? 'active' : 'deactivated',
      since: new Date(Math.min(...memberships.map((m) => m.since.getTime()))).toISOString(),
      deactivatedAt: active.length === 0 && latestOff > 0 ? new Date(latestOff).toISOString() : null,
      isYou: first.userId === viewerId,
    });
  });
}

/** The staff screen: the clinic's staff and its invitations with their current state. */
export async function listStaff(principal: Principal, now = new Date()): Promise<{ staff: StaffPersonView[]; invitations: InvitationView[] }> {
  const clinicId = staffClinicOf(principal);
  if (!clinicId) throw forbidden('Only a clinic admin can see the staff list.');
  const [members, invitations] = await Promise.all([listStaffMembers(clinicId, staffRoles), listInvitations(clinicId)]);
  return {
    staff: peopleOf(members, principal.userId),
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
