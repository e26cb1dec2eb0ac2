import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { VisitIntakeSummary } from './visit-types';

const list = (title: string, items: string[]) =>
  items.length ? (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      <p className="text-sm">{items.join(', ')}</p>
    </div>
  ) : null;

/** The patient's intake as the clinician reads it: red flags first, then pertinent positives and negatives. */
export function IntakeSummary({ intake }: { intake: VisitIntakeSummary | null }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Intake</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {!intake ? (
          <p className="text-sm text-muted-foreground">The patient has not started an intake for this visit.</p>
        ) : (
          <>
            {intake.redFlags.map((f) => (
              <Alert key={f.id} variant="destructive">
                <AlertTitle>
                  Red flag ({f.urgency}): {f.title}
                </AlertTitle>
                <AlertDescription>{f.guidance}</AlertDescription>
              </Alert>
            ))}
            <p className="text-xs text-muted-foreground">{intake.status === 'submitted' ? 'Sent by the patient.' : 'Draft: the patient has not sent it yet.'}</p>
            {list('Pertinent positives', intake.positives)}
            {list('Pertinent negatives', intake.negatives)}
            {list('Uncertain', intake.uncertain)}
            <dl className="grid gap-2 text-sm">
              {intake.answers.map((a) => (
                <div key={a.label}>
                  <dt className="font-medium">{a.label}</dt>
                  <dd className="whitespace-pre-wrap text-muted-foreground">{a.text}</dd>
                </div>
              ))}
            </dl>
            <p className="text-xs text-muted-foreground">
              Medication list {intake.medicationsConfirmed ? 'confirmed' : 'not confirmed'} by the patient; allergy list {intake.allergiesConfirmed ? 'confirmed' : 'not confirmed'}.
            </p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
