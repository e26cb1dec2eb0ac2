import { Badge } from '@/components/ui/badge';
import type { PlatformPlan as PlatformPlanView } from '@/server/platform/platform-overview.schemas';

/** Each plan as a card: limits, prices and how many clinics are on it now. */
export function PlatformPlans({ plans }: { plans: PlatformPlanView[] }) {
  return (
    <ul className="grid items-start gap-6 lg:grid-cols-3" aria-label="Plans">
      {plans.map((plan) => (
        <li key={plan.id} data-plan={plan.id} className={`flex flex-col gap-3 rounded-lg border bg-card p-5 ${plan.current ? '' : 'opacity-90'}`}>
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {plan.name}
            {!plan.current && <Badge variant="secondary">Not in use now</Badge>}
          </h2>
          <p className="text-sm text-muted-foreground">{plan.summary}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Clinicians</dt>
            <dd>{plan.limits.clinicians}</dd>
            <dt className="text-muted-foreground">Appointments</dt>
            <dd>{plan.limits.appointmentsPerMonth}</dd>
            <dt className="text-muted-foreground">LLM note drafting</dt>
            <dd>{plan.limits.llmDrafting ? 'Included' : 'Not included'}</dd>
            {plan.prices.map((price) => (
              <div key={price.label} className="contents">
                <dt className="text-muted-foreground">{price.label}</dt>
                <dd>
                  {price.amount ?? (price.lookupKey ? 'Not available from Stripe' : '')}
                  {price.lookupKey && <span className="block font-mono text-xs text-muted-foreground">{price.lookupKey}</span>}
                </dd>
              </div>
            ))}
          </dl>
          <p className="text-sm">
            <span className="text-2xl font-semibold" data-plan-clinics>{plan.clinics}</span> {plan.clinics === 1 ? 'clinic' : 'clinics'} on this plan
            {plan.pastDue > 0 && <span className="text-destructive"> · {plan.pastDue} past due</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
