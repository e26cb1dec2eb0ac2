import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { VisitChart } from './visit-types';

/** Problems, medications, allergies and this visit's vitals at a glance. */
export function ChartEssentials({ chart }: { chart: VisitChart }) {
  const block = (title: string, items: string[], empty: string) => (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {items.length ? (
        <ul className="list-disc pl-5 text-sm">
          {items.map((i, n) => (
            <li key={n}>{i}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{empty}</p>
      )}
    </div>
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Chart</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {block('Allergies', chart.allergies.map((a) => `${a.substance} (${a.reaction}, ${a.severity})`), 'No allergies on record.')}
        {block('Active medications', chart.medications.map((m) => `${m.genericName} ${m.dose} ${m.frequency}`), 'No active medications.')}
        {block('Active problems', chart.problems.map((p) => `${p.display} (${p.code})`), 'No active problems.')}
        {block('Vitals for this visit', chart.vitals.map((v) => `${v.display}: ${v.value} ${v.unit}`), 'None recorded yet.')}
      </CardContent>
    </Card>
  );
}
