import { LocalTime } from '@/components/auth/local-time';
import { Badge } from '@/components/ui/badge';

export type RecordAccessItem = {
  at: string;
  who: string;
  byYou: boolean;
  role: string | null;
  clinic: string | null;
  action: string;
  what: string;
  outcome: 'allowed' | 'denied' | 'error';
};

const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-2 align-top';

/** Accesses to the person's chart, newest first; a refused attempt is shown too, marked as refused. */
export function RecordAccessList({ accesses }: { accesses: readonly RecordAccessItem[] }) {
  if (accesses.length === 0) {
    return <p className="text-sm text-muted-foreground">No one has opened your chart yet. Every future access will be listed here.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">Accesses to your chart, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>When</th>
            <th scope="col" className={headClass}>Who</th>
            <th scope="col" className={headClass}>Role</th>
            <th scope="col" className={headClass}>Clinic</th>
            <th scope="col" className={headClass}>What</th>
          </tr>
        </thead>
        <tbody>
          {accesses.map((a, index) => (
            <tr key={`${a.at}-${index}`}>
              <td className={cellClass}><LocalTime iso={a.at} /></td>
              <th scope="row" className={`${cellClass} font-medium`}>{a.who}</th>
              <td className={cellClass}>{a.role ?? '—'}</td>
              <td className={cellClass}>{a.clinic ?? '—'}</td>
              <td className={cellClass}>
                <span className="flex flex-wrap items-center gap-2">
                  {a.what}
                  {a.outcome !== 'allowed' && <Badge variant="accent">Refused</Badge>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
