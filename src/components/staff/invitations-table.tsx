import { LocalTime } from '@/components/auth/local-time';
import { roleLabels } from '@/config/roles';
import { RevokeInvitationButton } from './revoke-invitation-button';
import type { StaffFormAction } from './staff-form-state';
import { cellClass, headClass, tableClass } from './staff-table';
import { StatusBadge } from './status-badge';

export type InvitationItem = {
  id: string;
  email: string;
  role: 'clinician' | 'clinic_admin';
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  sentAt: string;
  expiresAt: string;
};

/** Invitations, newest first; only a pending one can be withdrawn. */
export function InvitationsTable({ invitations, revoke }: { invitations: readonly InvitationItem[]; revoke: StaffFormAction }) {
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">No invitations sent yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">Invitations sent from this clinic</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Email</th>
            <th scope="col" className={headClass}>Role</th>
            <th scope="col" className={headClass}>Status</th>
            <th scope="col" className={headClass}>Sent</th>
            <th scope="col" className={headClass}>Expires</th>
            <th scope="col" className={headClass}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className={`${cellClass} font-medium`}>{invitation.email}</th>
              <td className={cellClass}>{roleLabels[invitation.role]}</td>
              <td className={cellClass}><StatusBadge status={invitation.status} /></td>
              <td className={cellClass}><LocalTime iso={invitation.sentAt} /></td>
              <td className={cellClass}>{invitation.status === 'pending' ? <LocalTime iso={invitation.expiresAt} /> : '—'}</td>
              <td className={cellClass}>
                {invitation.status === 'pending' && <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} action={revoke} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
