import { LocalTime } from '@/components/auth/local-time';

export type ClinicRow = {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  country: string;
  city: string | null;
  activeStaff: number;
  activeAdmins: number;
  createdAt: string;
};

const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-3 align-middle';

export function ClinicsTable({ clinics }: { clinics: readonly ClinicRow[] }) {
  if (clinics.length === 0) return <p className="text-sm text-muted-foreground">No clinics yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">Clinics of this installation</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Clinic</th>
            <th scope="col" className={headClass}>Short name</th>
            <th scope="col" className={headClass}>Where</th>
            <th scope="col" className={headClass}>Time zone</th>
            <th scope="col" className={headClass}>Staff</th>
            <th scope="col" className={headClass}>Created</th>
          </tr>
        </thead>
        <tbody>
          {clinics.map((c) => (
            <tr key={c.id}>
              <th scope="row" className={`${cellClass} font-medium`}>{c.name}</th>
              <td className={`${cellClass} font-mono text-xs`}>{c.slug}</td>
              <td className={cellClass}>{[c.city, c.country].filter(Boolean).join(', ')}</td>
              <td className={cellClass}>{c.timeZone}</td>
              <td className={cellClass}>
                {c.activeStaff} ({c.activeAdmins === 0 ? 'admin invited, not joined yet' : `${c.activeAdmins} admin${c.activeAdmins === 1 ? '' : 's'}`})
              </td>
              <td className={cellClass}><LocalTime iso={c.createdAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
