import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { PrescriptionCheck } from './prescribing-types';

/** Hard stops as prominent alerts; other alerts quietly, in a list. */
export function PrescriptionAlerts({ check }: { check: PrescriptionCheck | null }) {
  if (!check) return null;
  const hard = check.alerts.filter((a) => a.hardStop);
  const quiet = check.alerts.filter((a) => !a.hardStop);
  return (
    <div className="grid gap-2" aria-live="polite">
      {!check.known && <p className="text-sm text-muted-foreground">“{check.drug}” is not in the drug knowledge base: no interaction checks could run for it.</p>}
      {hard.map((a) => (
        <Alert key={a.title} variant="destructive" data-testid="hard-stop">
          <AlertTitle>Hard stop: {a.title}</AlertTitle>
          <AlertDescription>
            <p>{a.detail}</p>
            <p className="text-xs">{a.citation}</p>
          </AlertDescription>
        </Alert>
      ))}
      {quiet.length > 0 && (
        <ul className="grid gap-1 text-sm text-muted-foreground">
          {quiet.map((a) => (
            <li key={a.title}>
              {a.title}. {a.detail} <span className="text-xs">({a.citation})</span>
            </li>
          ))}
        </ul>
      )}
      {check.known && check.alerts.length === 0 && <p className="text-sm text-muted-foreground">No interactions, allergy conflicts or duplicates found.</p>}
    </div>
  );
}
