import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { InvitationsTable } from '@/components/staff/invitations-table';
import { InviteStaffForm } from '@/components/staff/invite-staff-form';
import { StaffTable } from '@/components/staff/staff-table';
import { requireRolePage } from '@/server/access/page-guards';
import { accountSummaryOf } from '@/server/auth/auth-page-data';
import { listStaff } from '@/server/clinics/list-staff';
import {
  deactivateStaffAction,
  inviteStaffAction,
  reactivateStaffAction,
  revokeInvitationAction,
  setStaffRolesAction,
} from '@/server/clinics/staff.actions';

export const metadata: Metadata = { title: 'Staff & roles' };

export default async function StaffPage() {
  const principal = await requireRolePage('clinic_admin', '/admin/staff');
  const { staff, invitations } = await listStaff(principal);
  const clinicName = accountSummaryOf(principal).active?.clinicName ?? undefined;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={clinicName} title="Staff & roles" description="Invite clinicians and clinic admins, change their roles, and deactivate or restore them. Every change is recorded in the audit log." />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Invite a member of staff</CardTitle>
          <CardDescription>They get an email with a link that works once and expires in 7 days.</CardDescription>
        </CardHeader>
        <InviteStaffForm action={inviteStaffAction} />
      </Card>
      <section aria-labelledby="staff-heading" className="flex flex-col gap-3">
        <h2 id="staff-heading" className="text-xl font-semibold">Staff</h2>
        <StaffTable staff={staff} actions={{ setRoles: setStaffRolesAction, deactivate: deactivateStaffAction, reactivate: reactivateStaffAction }} />
      </section>
      <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
        <h2 id="invitations-heading" className="text-xl font-semibold">Invitations</h2>
        <InvitationsTable invitations={invitations} revoke={revokeInvitationAction} />
      </section>
    </div>
  );
}
