import { LocalTime } from '@/components/auth/local-time';
import { roleLabels } from '@/config/roles';

type Pending = { clinicName: string; role: 'clinician' | 'clinic_admin'; email: string; expiresAt: string };

/** What the invitation offers, before anyone decides: the clinic, the role, the address, the deadline. */
export function InvitationSummary({ invitation }: { invitation: Pending }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">Clinic</dt>
      <dd className="font-medium">{invitation.clinicName}</dd>
      <dt className="text-muted-foreground">Role</dt>
      <dd className="font-medium">{roleLabels[invitation.role]}</dd>
      <dt className="text-muted-foreground">For</dt>
      <dd className="font-medium break-all">{invitation.email}</dd>
      <dt className="text-muted-foreground">Valid until</dt>
      <dd>
        <LocalTime iso={invitation.expiresAt} />
      </dd>
    </dl>
  );
}
