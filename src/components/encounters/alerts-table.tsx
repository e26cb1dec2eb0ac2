import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { formatForViewer } from '@/lib/time-zones';
import type { IntakeAlertItem } from './note-list-types';

const tableClass = 'w-full min-w-[44rem] border-collapse text-left text-sm';
const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-3 align-middle';

function UrgencyBadge({ urgency }: { urgency: IntakeAlertItem['urgency'] }) {
  if (urgency === 'emergency') return <Badge variant="destructive">Emergency</Badge>;
  return urgency === 'urgent' ? <Badge variant="warning">Urgent</Badge> : <Badge variant="outline">Routine</Badge>;
}

/**
 * Red flags raised by patients' intakes: the rule that fired (never the patient's words), how urgent, when, and the
 * visit. Open alerts carry an action (the acknowledge button); acknowledged ones say who and when.
 */
export function AlertsTable({
  items,
  timeZone,
  caption,
  empty,
  action,
}: {
  items: readonly IntakeAlertItem[];
  timeZone: string;
  caption: string;
  empty: string;
  action?: (alert: IntakeAlertItem) => ReactNode;
}) {
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  const when = (iso: string) => <time dateTime={iso}>{formatForViewer(new Date(iso), timeZone)}</time>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass} data-testid={action ? 'alerts-open' : 'alerts-acknowledged'}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Patient</th>
            <th scope="col" className={headClass}>Red flag</th>
            <th scope="col" className={headClass}>Urgency</th>
            <th scope="col" className={headClass}>Raised</th>
            <th scope="col" className={headClass}>Visit</th>
            <th scope="col" className={headClass}>{action ? <span className="sr-only">Actions</span> : 'Acknowledged'}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((alert) => (
            <tr key={alert.id} data-testid="alert-row">
              <th scope="row" className={`${cellClass} font-medium`}>{alert.patient.name}</th>
              <td className={cellClass}>{alert.rule}</td>
              <td className={cellClass}><UrgencyBadge urgency={alert.urgency} /></td>
              <td className={cellClass}>{when(alert.raisedAt)}</td>
              <td className={cellClass}>
                <Link className="text-primary underline underline-offset-4" href={alert.visitPath}>
                  <time dateTime={alert.visitStartsAt}>{alert.visitTime}</time>
                  <span className="sr-only"> (open the visit of {alert.patient.name})</span>
                </Link>
              </td>
              <td className={cellClass}>
                {action ? action(alert) : alert.acknowledgedAt && <span>{alert.acknowledgedBy ?? 'A former staff member'}, {when(alert.acknowledgedAt)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
