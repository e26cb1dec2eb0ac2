import type { ReactNode } from 'react';
import { ViewerTime } from '@/components/scheduling/viewer-time';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { MyMedicationsView as MyMedicationsData, MyPrescriptionView as MyPrescription } from '@/server/prescribing/list-my-medications';

const statusLabel = { active: 'Current', ended: 'Stopped by your clinic', expired: 'Supply ended' } as const;

function Section({ title, description, empty, children }: { title: string; description: string; empty: string | null; children: ReactNode }) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Card>
      <section aria-labelledby={headingId} className="flex flex-col gap-4">
        <CardHeader>
          <CardTitle as="h2" id={headingId}>
            {title}
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        <CardContent>{empty ? <p className="text-sm text-muted-foreground">{empty}</p> : children}</CardContent>
      </section>
    </Card>
  );
}

function PrescriptionItem({ p }: { p: MyPrescription }) {
  return (
    <li className="grid gap-1 rounded-md border p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-base font-semibold">
          {p.drug} {p.dose}
        </span>
        <Badge variant={p.status === 'active' ? 'success' : 'outline'}>{statusLabel[p.status]}</Badge>
      </div>
      <p>
        {p.route}, {p.frequency}, for {p.durationDays} days (quantity {p.quantity}, {p.refills === 1 ? '1 refill' : `${p.refills} refills`})
      </p>
      <p className="text-muted-foreground">
        Prescribed by {p.prescriberName ?? 'your clinician'} at {p.clinicName} on <ViewerTime iso={p.signedAt} clinicTimeZone={p.clinicTimeZone} />
      </p>
      <p>
        <a className="font-medium text-primary underline hover:no-underline" href={p.pdfUrl} target="_blank" rel="noopener">
          Printable copy (PDF)<span className="sr-only">: {p.drug}, opens in a new tab</span>
        </a>
      </p>
    </li>
  );
}

/** The patient's medicines and allergies, from every clinic they are a patient of. */
export function MyMedications({ data }: { data: MyMedicationsData }) {
  return (
    <div className="grid gap-6">
      <Section title="Current medications" description="Prescriptions your clinicians have signed that are still running." empty={data.current.length ? null : 'No current prescriptions.'}>
        <ul className="grid gap-3">
          {data.current.map((p) => (
            <PrescriptionItem key={p.id} p={p} />
          ))}
        </ul>
      </Section>
      <Section title="Other medicines on your record" description="Medicines on your record that no clinic prescribed here, such as ones you told us about." empty={data.otherMedicines.length ? null : 'None.'}>
        <ul className="grid gap-2">
          {data.otherMedicines.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">
                {m.name} {m.dose}
              </span>
              <span>
                {m.route}, {m.frequency}
              </span>
              <span className="text-muted-foreground">({m.clinicName})</span>
              {!m.confirmed && <Badge variant="warning">Patient-reported, not yet confirmed</Badge>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Allergies" description="Allergies recorded on your charts." empty={data.allergies.length ? null : 'No allergies recorded.'}>
        <ul className="grid gap-2">
          {data.allergies.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{a.substance}</span>
              <span>
                {a.reaction} ({a.severity})
              </span>
              <span className="text-muted-foreground">({a.clinicName})</span>
              {!a.confirmed && <Badge variant="warning">Patient-reported, not yet confirmed</Badge>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Past prescriptions" description="Prescriptions your clinic stopped, or whose supply has run out." empty={data.past.length ? null : 'No past prescriptions.'}>
        <ul className="grid gap-3">
          {data.past.map((p) => (
            <PrescriptionItem key={p.id} p={p} />
          ))}
        </ul>
      </Section>
    </div>
  );
}
