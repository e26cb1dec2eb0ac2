import { LocalTime } from '@/components/auth/local-time';
import { roleLabels } from '@/config/roles';
import type { StaffFormAction } from './staff-form-state';
import { StaffRolesForm } from './staff-roles-form';
import { StaffStatusButton } from './staff-status-button';
import { StatusBadge } from './status-badge';

export type StaffMember = {
  userId: string;
  name: string | null;
  email: string;
  roles: ('clinician' | 'clinic_admin')[];
  status: 'active' | 'deactivated';
  since: string;
  deactivatedAt: string | null;
  isYou: boolean;
};

export type StaffActions = { setRoles: StaffFormAction; deactivate: StaffFormAction; reactivate: StaffFormAction };

export const tableClass = 'w-full min-w-[36rem] border-collapse text-left text-sm';
export const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
export const cellClass = 'border-b px-3 py-3 align-middle';

/** The clinic's staff, one row per person: their roles (editable), status and the way to deactivate or restore them. */
export function StaffTable({ staff, actions }: { staff: readonly StaffMember[]; actions: StaffActions }) {
  if (staff.length === 0) return <p className="text-sm text-muted-foreground">No staff yet: invite someone above.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={`${tableClass} min-w-[56rem]`}>
        <caption className="sr-only">Staff of this clinic</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Name</th>
            <th scope="col" className={headClass}>Email</th>
            <th scope="col" className={headClass}>Roles</th>
            <th scope="col" className={headClass}>Status</th>
            <th scope="col" className={headClass}>Member since</th>
            <th scope="col" className={headClass}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => {
            const who = member.name?.trim() || member.email;
            return (
              <tr key={member.userId}>
                <th scope="row" className={`${cellClass} font-medium`}>
                  {member.name?.trim() || '—'}
                  {member.isYou && <span className="font-normal text-muted-foreground"> (you)</span>}
                </th>
                <td className={cellClass}>{member.email}</td>
                <td className={cellClass}>
                  {member.status === 'active' ? (
                    <StaffRolesForm userId={member.userId} who={who} roles={member.roles} action={actions.setRoles} />
                  ) : (
                    <span className="text-muted-foreground">{member.roles.map((r) => roleLabels[r]).join(', ') || 'No active role'}</span>
                  )}
                </td>
                <td className={cellClass}>
                  <StatusBadge status={member.status} />
                  {member.deactivatedAt && (
                    <span className="mt-1 block text-xs text-muted-foreground">
                      since <LocalTime iso={member.deactivatedAt} />
                    </span>
                  )}
                </td>
                <td className={cellClass}><LocalTime iso={member.since} /></td>
                <td className={cellClass}>
                  <StaffStatusButton userId={member.userId} who={who} active={member.status === 'active'} deactivate={actions.deactivate} reactivate={actions.reactivate} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
