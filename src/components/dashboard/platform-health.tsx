import { LocalTime } from '@/components/auth/local-time';
import { Badge } from '@/components/ui/badge';
import { Section } from './platform-overview';
import { QueueHealthPanel, type QueueHealthView } from './queue-health-panel';
import { Figure } from './widget-parts';

export interface PlatformHealthView {
  version: string;
  database: { engine: 'pglite' | 'postgres' | null; reachable: boolean };
  migrations: { applied: number; shipped: number; latestApplied: string | null; latestShipped: string | null; upToDate: boolean };
  queues: QueueHealthView;
  outbox: { total: number; lastDay: number };
  sweeps: { name: string; label: string; every: string; lastRunAt: string | null }[];
  checkedAt: string;
}

const engineNames = { pglite: 'PGlite (embedded PostgreSQL)', postgres: 'PostgreSQL' } as const;

export function PlatformHealthSections({ data }: { data: PlatformHealthView }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Section id="database" title="Database">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted-foreground">Engine</dt>
          <dd className="flex flex-wrap items-center gap-2" data-engine={data.database.engine ?? 'none'}>
            {data.database.engine ? engineNames[data.database.engine] : 'Not reachable'}
            <Badge variant={data.database.reachable ? 'success' : 'destructive'}>{data.database.reachable ? 'Answering' : 'Down'}</Badge>
          </dd>
          <dt className="text-muted-foreground">Migrations</dt>
          <dd className="flex flex-wrap items-center gap-2" data-migrations={data.migrations.upToDate ? 'current' : 'behind'}>
            {data.migrations.applied} of {data.migrations.shipped} applied
            <Badge variant={data.migrations.upToDate ? 'success' : 'destructive'}>{data.migrations.upToDate ? 'Up to date' : 'Not current'}</Badge>
          </dd>
          <dt className="text-muted-foreground">Latest applied</dt>
          <dd className="font-mono text-xs">{data.migrations.latestApplied ?? 'none'}</dd>
          <dt className="text-muted-foreground">Latest in this build</dt>
          <dd className="font-mono text-xs">{data.migrations.latestShipped ?? 'none'}</dd>
          <dt className="text-muted-foreground">ClinixAI version</dt>
          <dd>{data.version}</dd>
        </dl>
      </Section>
      <Section id="outbox" title="Mail outbox" description="Mail kept for reading when no SMTP server is configured.">
        <div className="grid grid-cols-2 gap-3">
          <Figure label="Messages" value={data.outbox.total} />
          <Figure label="Last 24 hours" value={data.outbox.lastDay} />
        </div>
      </Section>
      <Section id="queues" title="Job queues">
        <QueueHealthPanel queues={data.queues} />
      </Section>
      <Section id="sweeps" title="Background sweeps" description="When this app instance last started each sweep. Kept in this instance’s memory: another instance, or a restart, has its own times.">
        <table className="w-full text-sm">
          <caption className="sr-only">Background sweeps of this instance</caption>
          <thead>
            <tr className="text-left"><th scope="col" className="py-1 font-medium">Sweep</th><th scope="col" className="py-1 font-medium">Runs</th><th scope="col" className="py-1 font-medium">Last run here</th></tr>
          </thead>
          <tbody>
            {data.sweeps.map((sweep) => (
              <tr key={sweep.name} className="border-t" data-sweep={sweep.name}>
                <th scope="row" className="py-2 pr-2 text-left font-normal">{sweep.label}</th>
                <td className="py-2 pr-2">{sweep.every}</td>
                <td className="py-2">{sweep.lastRunAt ? <LocalTime iso={sweep.lastRunAt} /> : 'Not run in this instance yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-muted-foreground">Notifications and reminders are swept every 15 seconds; the queue’s oldest due job above shows whether that keeps up.</p>
      </Section>
    </div>
  );
}
