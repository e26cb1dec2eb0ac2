import { Badge } from '@/components/ui/badge';
import type { MedicationCheck } from './decision-support-api';

const severityVariant = { contraindicated: 'destructive', major: 'destructive', moderate: 'warning', minor: 'outline' } as const;

function Citation({ text }: { text: string }) {
  return (
    <p className="text-xs text-muted-foreground">
      <span className="font-medium text-foreground">Source: </span>
      <cite className="not-italic">{text}</cite>
    </p>
  );
}

function Interactions({ items }: { items: MedicationCheck['interactions'] }) {
  return (
    <ul className="grid gap-3" aria-label="Drug interactions">
      {items.map((item) => (
        <li key={`${item.classPair}-${item.drugs.join('-')}`} className={`grid gap-2 rounded-lg border p-4 ${item.interruptive ? 'border-destructive' : ''}`}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant={severityVariant[item.severity]}>{item.severity}</Badge>
            {item.oncHighPriority && <Badge variant="destructive">High priority (ONC): needs an override reason when prescribing</Badge>}
            {!item.interruptive && <Badge variant="outline">Non-interruptive</Badge>}
          </div>
          <p className="font-semibold">{item.drugs.join(' + ')}</p>
          <p className="text-sm text-muted-foreground">{item.classPair}</p>
          <p>{item.effect}</p>
          <p><span className="font-medium">Management: </span>{item.management}</p>
          <Citation text={item.citation} />
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-3">
      <h4 className="font-semibold">{title}</h4>
      {children}
    </section>
  );
}

/** Every finding of a check; an empty check says so explicitly rather than showing nothing. */
export function InteractionResults({ check }: { check: MedicationCheck }) {
  const nothing = check.interactions.length + check.allergyConflicts.length + check.duplicateTherapy.length === 0;
  return (
    <div className="grid gap-6">
      {nothing && <p>No interactions, allergy conflicts or duplicate therapy found among the recognised names.</p>}
      {check.interactions.length > 0 && (
        <Section title={`Interactions (${check.interactions.length})`}>
          <Interactions items={check.interactions} />
        </Section>
      )}
      {check.allergyConflicts.length > 0 && (
        <Section title={`Allergy conflicts (${check.allergyConflicts.length})`}>
          <ul className="grid gap-3" aria-label="Allergy conflicts">
            {check.allergyConflicts.map((c) => (
              <li key={`${c.drug}-${c.allergen}`} className="grid gap-1 rounded-lg border border-destructive p-4">
                <p className="font-semibold">{c.drug} — allergy: {c.allergen} {c.crossReactivity ? <Badge variant="warning">cross-reactivity</Badge> : <Badge variant="destructive">direct</Badge>}</p>
                <p>{c.message}</p>
                <Citation text={c.citation} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {check.duplicateTherapy.length > 0 && (
        <Section title={`Duplicate therapy (${check.duplicateTherapy.length})`}>
          <ul className="grid gap-2">
            {check.duplicateTherapy.map((d) => (
              <li key={`${d.class}-${d.drugs.join('-')}`} className="rounded-lg border p-4">{d.message}</li>
            ))}
          </ul>
        </Section>
      )}
      {(check.unknownDrugs.length > 0 || check.unknownAllergens.length > 0) && (
        <Section title="Not recognised (not checked)">
          {check.unknownDrugs.length > 0 && <p>Medications: {check.unknownDrugs.join(', ')}</p>}
          {check.unknownAllergens.length > 0 && <p>Allergies: {check.unknownAllergens.join(', ')}</p>}
        </Section>
      )}
      {check.allergyNotes.map((n) => (
        <p key={n.allergen} className="text-sm text-muted-foreground">{n.allergen}: {n.note}</p>
      ))}
    </div>
  );
}
