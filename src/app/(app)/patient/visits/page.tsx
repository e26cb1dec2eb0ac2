import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { VisitSummaryCard } from '@/components/encounters/visit-summary-card';
import { requireRolePage } from '@/server/access/page-guards';
import { listVisitSummaries } from '@/server/encounters/list-visit-summaries';
import { notFoundPage } from '@/server/encounters/not-found-page';

export const metadata: Metadata = { title: 'Visit summaries' };

export default async function VisitSummariesPage() {
  const principal = await requireRolePage('patient', '/patient/visits');
  const summaries = await notFoundPage(() => listVisitSummaries(principal));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title="Visit summaries" description="A plain-language summary of each visit, written from your clinician’s signed note." />
      {summaries.length === 0 ? (
        <p className="text-muted-foreground">No visit summaries yet. They appear here once your clinician signs the note of a visit.</p>
      ) : (
        summaries.map((s) => <VisitSummaryCard key={s.appointmentId} summary={s} />)
      )}
    </div>
  );
}
