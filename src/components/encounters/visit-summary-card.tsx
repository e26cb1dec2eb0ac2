import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export interface VisitSummaryCardData {
  appointmentId: string;
  startsAt: string;
  clinicianName: string | null;
  summary: { reason: string | null; toldUs: string[]; measured: string[]; assessment: string[]; nextSteps: string[] };
  medicines: string[];
}

function Section({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section className="grid gap-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {items.map((i, n) => (
          <li key={n}>{i}</li>
        ))}
      </ul>
    </section>
  );
}

/** One visit's plain-language summary for the patient. */
export function VisitSummaryCard({ summary: s }: { summary: VisitSummaryCardData }) {
  const when = new Date(s.startsAt).toLocaleDateString('en-US', { dateStyle: 'long' });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Your visit on {when}</CardTitle>
        <CardDescription>{s.clinicianName ? `Signed by ${s.clinicianName}` : 'Signed by your clinician'}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {s.summary.reason && (
          <p className="text-sm">
            <span className="font-semibold">Why you came: </span>
            {s.summary.reason}
          </p>
        )}
        <Section title="What you told us" items={s.summary.toldUs} />
        <Section title="What we measured" items={s.summary.measured} />
        <Section title="What your clinician found" items={s.summary.assessment} />
        <Section title="Next steps" items={s.summary.nextSteps} />
        <Section title="Medicines prescribed" items={s.medicines} />
      </CardContent>
    </Card>
  );
}
