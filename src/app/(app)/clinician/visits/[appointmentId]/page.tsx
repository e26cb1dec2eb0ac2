import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { AddendumForm } from '@/components/encounters/addendum-form';
import { ChartEssentials } from '@/components/encounters/chart-essentials';
import { IntakeSummary } from '@/components/encounters/intake-summary';
import { SignedNote } from '@/components/encounters/signed-note';
import { VisitWorkspace } from '@/components/encounters/visit-workspace';
import { PrescriptionForm } from '@/components/prescribing/prescription-form';
import { PrescriptionList } from '@/components/prescribing/prescription-list';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { getVisit } from '@/server/encounters/get-visit';
import { notFoundPage } from '@/server/encounters/not-found-page';
import { addAddendumAction, computeScoresAction, draftNoteAction, recordVitalsAction, signNoteAction } from '@/server/encounters/visit.actions';
import { listVisitPrescriptions } from '@/server/prescribing/list-visit-prescriptions';
import { checkPrescriptionAction, signPrescriptionAction } from '@/server/prescribing/prescribing.actions';

// Generic title: a patient's name must not end up in browser history or shared tab titles.
export const metadata: Metadata = { title: 'Visit' };

export default async function VisitPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const { appointmentId } = await params;
  const principal = await requireRolePage('clinician', `/clinician/visits/${appointmentId}`);
  const [visit, prescriptions] = await notFoundPage(() => Promise.all([getVisit(principal, appointmentId), listVisitPrescriptions(principal, appointmentId)]));
  const id = visit.appointmentId;
  const actions = {
    compute: computeScoresAction,
    record: recordVitalsAction.bind(null, id),
    draft: draftNoteAction.bind(null, id),
    sign: signNoteAction.bind(null, id),
  };
  const when = new Date(visit.startsAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={visit.clinicName}
        title={visit.patient.name}
        description={`${visit.patient.mrn} · born ${visit.patient.birthDate} · ${visit.patient.sexAtBirth} · visit ${when} (${visit.status})`}
      />
      <p className="text-sm">
        <Link className="underline" href={`/clinician/patients/${visit.patient.id}`}>
          Open the full chart
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <IntakeSummary intake={visit.intake} />
        <ChartEssentials chart={visit.chart} />
      </div>
      {visit.note?.status === 'signed' ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Note</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-6">
            <SignedNote note={visit.note} />
            {visit.canSign && <AddendumForm add={addAddendumAction.bind(null, id)} />}
          </CardContent>
        </Card>
      ) : (
        <VisitWorkspace note={visit.note} actions={actions} canSign={visit.canSign} />
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Prescribe</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-6">
          <PrescriptionList items={prescriptions} />
          <PrescriptionForm check={checkPrescriptionAction.bind(null, id)} sign={signPrescriptionAction.bind(null, id)} />
        </CardContent>
      </Card>
    </div>
  );
}
