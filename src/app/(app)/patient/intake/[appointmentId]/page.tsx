import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { IntakeForm } from '@/components/encounters/intake-form';
import { requireRolePage } from '@/server/access/page-guards';
import { getIntake } from '@/server/encounters/get-intake';
import { saveIntakeDraftAction, submitIntakeAction } from '@/server/encounters/intake.actions';
import { notFoundPage } from '@/server/encounters/not-found-page';

export const metadata: Metadata = { title: 'Pre-visit intake' };

export default async function IntakePage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const { appointmentId } = await params;
  const principal = await requireRolePage('patient', `/patient/intake/${appointmentId}`);
  const view = await notFoundPage(() => getIntake(principal, appointmentId));
  const when = new Date(view.startsAt).toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short' });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader eyebrow={view.clinicName} title="Pre-visit intake" description={`For your visit on ${when}${view.clinicianName ? ` with ${view.clinicianName}` : ''}.`} />
      <IntakeForm view={view} save={saveIntakeDraftAction} submit={submitIntakeAction} />
    </div>
  );
}
