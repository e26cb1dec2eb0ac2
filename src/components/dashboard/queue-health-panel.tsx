import { LocalTime } from '@/components/auth/local-time';
import { Badge } from '@/components/ui/badge';
import { Figure } from './widget-parts';

export interface QueueHealthView {
  notifications: { waiting: number; due: number; retrying: number; oldestDueAt: string | null; oldestDueMinutes: number | null; deadRecently: number };
  exports: { queued: number; running: number; oldestQueuedAt: string | null; failedRecently: number };
}

// The notification sweep runs every 15 seconds: a due job older than a few minutes means delivery is stuck.
const STUCK_MINUTES = 5;

export function ageText(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Both job queues as figures, with a plain verdict so the admin does not have to interpret them. */
export function QueueHealthPanel({ queues }: { queues: QueueHealthView }) {
  const n = queues.notifications;
  const stuck = n.oldestDueMinutes !== null && n.oldestDueMinutes >= STUCK_MINUTES;
  const failing = n.retrying > 0 || n.deadRecently > 0;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2" data-queue="notifications">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          Notifications and email
          <Badge variant={stuck ? 'destructive' : failing ? 'warning' : 'success'}>{stuck ? 'Delivery is behind' : failing ? 'Some deliveries failing' : 'Healthy'}</Badge>
        </h3>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label="Pending" value={n.waiting} hint={`${n.due} due now`} />
          <Figure label="Retrying" value={n.retrying} hint="failed at least once" />
          <Figure label="Given up (7 days)" value={n.deadRecently} />
          <Figure label="Oldest due" value={ageText(n.oldestDueMinutes)} hint={n.oldestDueAt ? undefined : 'nothing due'} />
        </div>
        {n.oldestDueAt && <p className="text-sm text-muted-foreground">Oldest due job waiting since <LocalTime iso={n.oldestDueAt} />.</p>}
      </div>
      <div className="flex flex-col gap-2" data-queue="exports">
        <h3 className="font-semibold">Data exports (“Download my data”)</h3>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label="Queued" value={queues.exports.queued} />
          <Figure label="Running" value={queues.exports.running} />
          <Figure label="Failed (7 days)" value={queues.exports.failedRecently} />
          <Figure label="Oldest waiting" value={queues.exports.oldestQueuedAt ? <LocalTime iso={queues.exports.oldestQueuedAt} /> : 'none'} />
        </div>
      </div>
    </div>
  );
}
