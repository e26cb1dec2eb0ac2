import type { ReactNode } from 'react';
import { LocalTime } from '@/components/auth/local-time';
import { QueueHealthPanel, type QueueHealthView } from './queue-health-panel';
import { SignupsChart } from './signups-chart';
import { Figure, WidgetLink } from './widget-parts';

export interface PlatformOverviewView {
  clinics: { total: number; createdRecently: number; suspended: null };
  users: { total: number; byRole: { role: string; count: number }[] };
  signups: { from: string; to: string; perDay: { day: string; count: number }[]; total: number };
  plans: { plan: 'local' | 'starter' | 'pro'; clinics: number; pastDue: number }[];
  billingEnabled: boolean;
  queues: QueueHealthView;
  audit: { events: number; latestAt: string | null; verification: null };
}

const roleNames: Record<string, string> = { patient: 'Patients', clinician: 'Clinicians', clinic_admin: 'Clinic admins', platform_admin: 'Platform admins' };
export const planNames = { local: 'Local (billing off)', starter: 'Starter', pro: 'Pro' } as const;

export function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-section={id} className="flex min-w-0 flex-col gap-3 rounded-lg border bg-card p-5 text-card-foreground">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {description && <p className="text-sm text-muted-foreground">{description}</p>}
      {children}
    </section>
  );
}

/** The platform admin's overview: installation-wide counts only; no person or patient appears. */
export function PlatformOverviewSections({ data }: { data: PlatformOverviewView }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Section id="clinics" title="Clinics">
        <div className="grid grid-cols-3 gap-3">
          <Figure label="Active" value={data.clinics.total} />
          <Figure label="Suspended" value="—" hint="not part of this build" />
          <Figure label="New (30 days)" value={data.clinics.createdRecently} />
        </div>
        <WidgetLink href="/platform/clinics">All clinics</WidgetLink>
      </Section>
      <Section id="users" title="Users by role" description="People with an active membership; one person may hold several roles.">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Figure label="Accounts" value={data.users.total} />
          {data.users.byRole.map((row) => (
            <Figure key={row.role} label={roleNames[row.role] ?? row.role} value={row.count} />
          ))}
        </div>
      </Section>
      <Section id="signups" title="Sign-ups in the last 30 days" description={`${data.signups.total} new ${data.signups.total === 1 ? 'account' : 'accounts'} from ${data.signups.from} to ${data.signups.to} (UTC days).`}>
        <SignupsChart perDay={data.signups.perDay} />
      </Section>
      <Section id="plans" title="Plan mix" description={data.billingEnabled ? 'Clinics per plan they are on now.' : 'Billing is off (no Stripe keys): every clinic runs on the local plan.'}>
        <ul className="flex flex-col gap-2 text-sm">
          {data.plans.map((row) => (
            <li key={row.plan} className="flex flex-wrap items-baseline justify-between gap-2 border-b pb-2 last:border-b-0" data-plan={row.plan}>
              <span className="font-medium">{planNames[row.plan]}</span>
              <span>
                {row.clinics} {row.clinics === 1 ? 'clinic' : 'clinics'}
                {row.pastDue > 0 && <span className="text-destructive"> · {row.pastDue} past due</span>}
              </span>
            </li>
          ))}
        </ul>
        <WidgetLink href="/platform/plans">Plans and limits</WidgetLink>
      </Section>
      <Section id="queues" title="Job queues">
        <QueueHealthPanel queues={data.queues} />
        <WidgetLink href="/platform/health">System health</WidgetLink>
      </Section>
      <Section id="audit" title="Audit trail">
        <div className="grid grid-cols-2 gap-3">
          <Figure label="Events recorded" value={data.audit.events.toLocaleString('en-US')} />
          <Figure label="Newest event" value={data.audit.latestAt ? <LocalTime iso={data.audit.latestAt} /> : 'none'} />
        </div>
        <p className="text-sm text-muted-foreground">
          The hash chains are verified by <code className="font-mono">npm run audit:verify</code> on the server; its result is not stored, so no verification state is shown here.
        </p>
      </Section>
    </div>
  );
}
