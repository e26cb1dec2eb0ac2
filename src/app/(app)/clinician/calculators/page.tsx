import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalculatorWorkbench } from '@/components/decision-support/calculator-workbench';
import { InteractionChecker } from '@/components/decision-support/interaction-checker';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { AppError } from '@/lib/errors';
import { requireRolePage } from '@/server/access/page-guards';
import type { ChartContext } from '@/server/decision-support/chart-context.schemas';
import { canUseDecisionSupport } from '@/server/decision-support/decision-support.policy';
import { calculatorCatalogue } from '@/server/decision-support/list-calculators';
import { loadChartContext } from '@/server/decision-support/load-chart-context';

export const metadata: Metadata = { title: 'Decision support' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** With ?patient=<id>, the forms start from that patient's chart (read and audited by the use-case). */
async function chartOf(principal: Parameters<typeof loadChartContext>[0], patient: string | string[] | undefined): Promise<ChartContext | undefined> {
  if (typeof patient !== 'string') return undefined;
  try {
    return await loadChartContext(principal, patient);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function CalculatorsPage({ searchParams }: Props) {
  const principal = await requireRolePage('clinician', '/clinician/calculators');
  if (!canUseDecisionSupport(principal)) notFound();
  const chart = await chartOf(principal, (await searchParams).patient);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Decision support" description="Validated calculators and drug interaction and allergy checks. Every result names its source; the decision stays yours." />
      {chart && (
        <Alert variant="info">
          <AlertTitle>Pre-filled from the patient&apos;s chart</AlertTitle>
          <AlertDescription>Latest vitals and labs, the problem list, active medications and recorded allergies. Check each value before relying on the result.</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Calculators</CardTitle>
          <CardDescription>Pick a calculator; the result, its category and its citation update as you type.</CardDescription>
        </CardHeader>
        <CalculatorWorkbench calculators={calculatorCatalogue()} prefill={chart} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Interaction and allergy checker</CardTitle>
          <CardDescription>
            The 15 ONC high-priority interactions stop prescribing until overridden; the 33 non-interruptive class pairs are shown without blocking.
          </CardDescription>
        </CardHeader>
        <InteractionChecker initialMedications={chart?.medications} initialAllergies={chart?.allergies} />
      </Card>
    </div>
  );
}
