import { Badge } from '@/components/ui/badge';
import type { ChartData } from './chart-types';
import { formatInstant } from './chart-types';

const statusLabel: Record<string, string> = { booked: 'Booked', arrived: 'Arrived', completed: 'Completed', cancelled: 'Cancelled', no_show: 'No-show' };

/** The timeline of visits, newest first. */
export function VisitsList({ visits }: { visits: ChartData['visits'] }) {
  if (visits.length === 0) return <p className="text-muted-foreground">No visits yet.</p>;
  return (
    <ol aria-label="Visits, newest first" className="flex flex-col">
      {visits.map((v) => (
        <li key={v.id} className="flex flex-col gap-1 border-l-2 border-border py-2 pl-4">
          <span className="font-medium">
            <time dateTime={v.startsAt}>{formatInstant(v.startsAt)}</time> · {v.visitType} {v.mode === 'video' ? '(video)' : ''}
          </span>
          <span className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <Badge variant="outline">{statusLabel[v.status] ?? v.status}</Badge>
            {v.clinicianName && <span>with {v.clinicianName}</span>}
            {v.reason && <span>· {v.reason}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
