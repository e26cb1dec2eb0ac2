import { Badge } from '@/components/ui/badge';

export type AuditEntry = {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actingRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'allowed' | 'denied' | 'error';
  requestId: string | null;
};

const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-2 align-top';
const outcomeLook = { allowed: 'success', denied: 'accent', error: 'secondary' } as const;

/** The trail, newest first. Ids are shown as they are stored: the trail never holds clinical content. */
export function AuditTable({ entries, timeZone }: { entries: readonly AuditEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No audit events match these filters.</p>;
  // Clinic time, like the date filters; seconds matter when reading a trail.
  const clinicTime = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>When ({timeZone})</th>
            <th scope="col" className={headClass}>Who</th>
            <th scope="col" className={headClass}>Role</th>
            <th scope="col" className={headClass}>Action</th>
            <th scope="col" className={headClass}>Resource</th>
            <th scope="col" className={headClass}>Outcome</th>
            <th scope="col" className={headClass}>Request</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td className={`${cellClass} whitespace-nowrap`}><time dateTime={e.at}>{clinicTime.format(new Date(e.at))}</time></td>
              <td className={cellClass}>{e.actorName ?? (e.actorUserId ? 'Unknown person' : 'System')}</td>
              <td className={cellClass}>{e.actingRole ?? '—'}</td>
              <th scope="row" className={`${cellClass} font-mono font-normal`}>{e.action}</th>
              <td className={`${cellClass} break-all font-mono text-xs`}>{e.entityType ? `${e.entityType} ${e.entityId ?? ''}` : '—'}</td>
              <td className={cellClass}><Badge variant={outcomeLook[e.outcome]}>{e.outcome}</Badge></td>
              <td className={`${cellClass} font-mono text-xs text-muted-foreground`}>{e.requestId?.slice(0, 8) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
