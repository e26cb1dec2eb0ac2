import { Badge } from '@/components/ui/badge';
import type { ChartData } from './chart-types';
import { EntryActionButton } from './entry-action-button';
import type { PatientFormAction } from './patient-form-state';
import { VerificationBadge } from './verification-badge';

/** Actions a clinician may take on entries; absent for a patient's own read-only view. */
export type EntryActions = { confirm: PatientFormAction; setProblemStatus: PatientFormAction; setMedicationStatus: PatientFormAction };

const Empty = ({ children }: { children: string }) => <p className="text-muted-foreground">{children}</p>;
const rowClass = 'flex flex-col gap-2 border-b border-border py-3 last:border-b-0 sm:flex-row sm:items-center sm:justify-between';

export function ProblemsList({ chart, actions }: { chart: ChartData; actions?: EntryActions }) {
  if (chart.problems.length === 0) return <Empty>No problems recorded.</Empty>;
  return (
    <ul aria-label="Problems">
      {chart.problems.map((p) => (
        <li key={p.id} className={rowClass}>
          <div className="flex flex-col gap-1">
            <span>
              <span className="font-mono text-sm">{p.code}</span> {p.display}
            </span>
            <span className="flex flex-wrap gap-2 text-sm text-muted-foreground">
              <Badge variant={p.status === 'active' ? 'accent' : 'outline'}>{p.status === 'active' ? 'Active' : 'Resolved'}</Badge>
              {p.onsetDate && <span>since {p.onsetDate}</span>}
              <VerificationBadge verification={p.verification} />
            </span>
          </div>
          {actions && (
            <div className="flex gap-2">
              {p.verification === 'unconfirmed' && <EntryActionButton action={actions.confirm} fields={{ patientId: chart.patient.id, kind: 'problem', entryId: p.id }} label="Confirm" pendingLabel="Confirming…" describes={p.display} />}
              <EntryActionButton
                action={actions.setProblemStatus}
                fields={{ patientId: chart.patient.id, entryId: p.id, status: p.status === 'active' ? 'resolved' : 'active' }}
                label={p.status === 'active' ? 'Resolve' : 'Reactivate'}
                pendingLabel="Saving…"
                describes={p.display}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AllergiesList({ chart, actions }: { chart: ChartData; actions?: EntryActions }) {
  if (chart.allergies.length === 0) return <Empty>No known allergies recorded.</Empty>;
  return (
    <ul aria-label="Allergies">
      {chart.allergies.map((a) => (
        <li key={a.id} className={rowClass}>
          <div className="flex flex-col gap-1">
            <span className="font-medium">{a.substance}</span>
            <span className="flex flex-wrap gap-2 text-sm text-muted-foreground">
              <span>{a.reaction}</span>
              <Badge variant={a.severity === 'severe' ? 'destructive' : 'outline'}>{a.severity}</Badge>
              <VerificationBadge verification={a.verification} />
            </span>
          </div>
          {actions && a.verification === 'unconfirmed' && (
            <EntryActionButton action={actions.confirm} fields={{ patientId: chart.patient.id, kind: 'allergy', entryId: a.id }} label="Confirm" pendingLabel="Confirming…" describes={a.substance} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function MedicationsList({ chart, actions }: { chart: ChartData; actions?: EntryActions }) {
  if (chart.medications.length === 0) return <Empty>No medications recorded.</Empty>;
  return (
    <ul aria-label="Medications">
      {chart.medications.map((m) => (
        <li key={m.id} className={rowClass}>
          <div className="flex flex-col gap-1">
            <span>
              <span className="font-medium">{m.genericName}</span> {m.dose}, {m.route}, {m.frequency}
            </span>
            <span className="flex flex-wrap gap-2 text-sm text-muted-foreground">
              <Badge variant={m.status === 'active' ? 'accent' : 'outline'}>{m.status === 'active' ? 'Active' : 'Stopped'}</Badge>
              {m.startedOn && <span>since {m.startedOn}</span>}
              <VerificationBadge verification={m.verification} />
            </span>
          </div>
          {actions && (
            <div className="flex gap-2">
              {m.verification === 'unconfirmed' && <EntryActionButton action={actions.confirm} fields={{ patientId: chart.patient.id, kind: 'medication', entryId: m.id }} label="Confirm" pendingLabel="Confirming…" describes={m.genericName} />}
              <EntryActionButton
                action={actions.setMedicationStatus}
                fields={{ patientId: chart.patient.id, entryId: m.id, status: m.status === 'active' ? 'stopped' : 'active' }}
                label={m.status === 'active' ? 'Stop' : 'Restart'}
                pendingLabel="Saving…"
                describes={m.genericName}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
