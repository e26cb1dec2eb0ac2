import { Check, ClipboardCheck, Stethoscope, UserRound, type LucideIcon } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

const audiences: readonly { icon: LucideIcon; title: string; lead: string; points: readonly string[] }[] = [
  {
    icon: UserRound,
    title: 'For patients',
    lead: 'Your visits and your record, in one place you control.',
    points: [
      'Book a visit with a clinician at your clinic',
      'Answer a guided intake before you arrive, at your own pace',
      'See upcoming visits, visit summaries, medications and allergies',
      'Message your care team and pay for visits securely',
      'Export your data, delete your account, and see who viewed your record',
    ],
  },
  {
    icon: Stethoscope,
    title: 'For clinicians',
    lead: 'Walk into every visit prepared, and leave with the note done.',
    points: [
      "Today's schedule with each chart already prepared",
      'The intake structured, with red flags surfaced first',
      'An AI-drafted SOAP note you review, edit and sign',
      'Drug–drug and drug–allergy checks while prescribing',
      'Validated risk calculators, each citing its source',
    ],
  },
  {
    icon: ClipboardCheck,
    title: 'For clinic admins',
    lead: 'Run the clinic, not the software.',
    points: [
      'Manage staff and their roles',
      'Set opening hours and visit types',
      'Handle the subscription and patient payments',
      'Read the audit log of every record access',
      'See statistics that contain no patient details',
    ],
  },
];

export function Audiences() {
  return (
    <section aria-labelledby="audiences-title" className="mx-auto max-w-content px-4 py-16 sm:px-6 md:py-20">
      <h2 id="audiences-title" className="text-3xl font-semibold tracking-tight">
        One platform for everyone in the visit
      </h2>
      <p className="mt-3 max-w-prose-wide text-lg text-muted-foreground">
        One person can hold several roles, such as a clinician who is also the clinic&apos;s admin, and switch between
        them without signing out. Each clinic&apos;s data stays with that clinic.
      </p>
      <div className="mt-10 grid gap-6 md:grid-cols-3">
        {audiences.map((audience) => (
          <Card key={audience.title}>
            <CardHeader>
              <audience.icon aria-hidden="true" className="size-7 text-primary" />
              <CardTitle>{audience.title}</CardTitle>
              <p className="text-muted-foreground">{audience.lead}</p>
            </CardHeader>
            <CardContent>
              <ul className="flex flex-col gap-2">
                {audience.points.map((point) => (
                  <li key={point} className="flex gap-2">
                    <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
                    <span>{point}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}
