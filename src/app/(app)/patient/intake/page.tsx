import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { listIntakeVisits } from '@/server/encounters/list-intake-visits';

export const metadata: Metadata = { title: 'Pre-visit intake' };

const STATUS = { draft: 'Draft saved', submitted: 'Sent', none: 'Not started' } as const;

export default async function IntakeListPage() {
  const principal = await requireRolePage('patient', '/patient/intake');
  const visits = await listIntakeVisits(principal);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Pre-visit intake" description="Tell your clinician what brings you in before your visit. You can save and come back." />
      {visits.length === 0 ? (
        <p className="text-muted-foreground">
          You have no upcoming visits. <Link className="underline" href="/patient/appointments">Book a visit</Link> first.
        </p>
      ) : (
        <ul className="grid gap-3">
          {visits.map((v) => (
            <li key={v.appointmentId}>
              <Card>
                <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
                  <div>
                    <CardTitle as="h2">
                      <Link className="underline-offset-4 hover:underline" href={`/patient/intake/${v.appointmentId}`}>
                        Visit on <time dateTime={v.startsAt}>{new Date(v.startsAt).toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short' })}</time>
                      </Link>
                    </CardTitle>
                    <CardDescription>{v.clinicianName ? `With ${v.clinicianName}` : 'Clinician to be confirmed'}</CardDescription>
                  </div>
                  <Badge variant={v.intakeStatus === 'submitted' ? 'success' : 'outline'}>{STATUS[v.intakeStatus ?? 'none']}</Badge>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
