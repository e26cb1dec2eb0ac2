import { LocalTime } from '@/components/auth/local-time';
import { roleLabels } from '@/config/roles';
import { StatusBadge } from './status-badge';

export type StaffMember = {
  userId: string;
  name: string | null;
  email: string;
  role: 'clinician' | 'clinic_admin';
  status: 'active' | 'deactivated';
  since: string;
};

export const tableClass = 'w-full min-w-[36rem] border-collapse text-left text-sm';
export const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
export const cellClass = 'border-b px-3 py-3 align-middle';

/** The clinic's current staff, one row per (person, role): someone can be clinician and admin. */
export function StaffTable({ staff }: { staff: readonly StaffMember[] }) {
  if (staff.length === 0) return <p className="text-sm text-muted-foreground">No staff yet: invite someone above.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">Staff of this clinic</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Name</th>
            <th scope="col" className={headClass}>Email</th>
            <th scope="col" className={headClass}>Role</th>
            <th scope="col" className={headClass}>Status</th>
            <th scope="col" className={headClass}>Member since</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={`${member.userId}-${member.role}`}>
              <th scope="row" className={`${cellClass} font-medium`}>{member.name?.trim() || '—'}</th>
              <td className={cellClass}>{member.email}</td>
              <td className={cellClass}>{roleLabels[member.role]}</td>
              <td className={cellClass}><StatusBadge status={member.status} /></td>
              <td className={cellClass}><LocalTime iso={member.since} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
